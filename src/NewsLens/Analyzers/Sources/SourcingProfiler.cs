using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Outlets;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Sources;

/// <summary>
/// Summarises how an article is sourced (<see cref="SourcingProfile"/>) from its attributions, sources and links.
/// Stateless and thread-safe.
/// </summary>
public sealed class SourcingProfiler(OutletRegistry registry) : IAnalyzer
{
    public AnalyzerInfo Info { get; } = new("newslens.sourcing-profile.v1", "1.0.0");
    public IReadOnlyList<LayerKey> Requires { get; } = [AttributionLayers.Attributions, SourceLayers.Sources];
    public IReadOnlyList<LayerKey> Produces { get; } = [SourceLayers.SourcingProfile];

    public void Analyze(Document document, CancellationToken cancellationToken) =>
        document.SetSingle(SourceLayers.SourcingProfile, Profile(document, document.Get(AttributionLayers.Attributions), document.Get(SourceLayers.Sources)));

    /// <summary>Builds the profile; <paramref name="sources"/> may be empty.</summary>
    public SourcingProfile Profile(Document doc, IReadOnlyList<Attribution> attributions, IReadOnlyList<CitedSource> sources)
    {
        var covered = new bool[doc.Text.Length];
        foreach (var a in attributions)
            foreach (var p in a.ContentParts)
                for (int i = p.Start; i < p.End; i++) covered[i] = true;
        int nonSpace = 0, inContent = 0;
        for (int i = 0; i < doc.Text.Length; i++)
        {
            if (char.IsWhiteSpace(doc.Text[i])) continue;
            nonSpace++;
            if (covered[i]) inContent++;
        }
        int named = 0, anonymous = 0, none = 0;
        foreach (var a in attributions)
        {
            if (a.Source is null) none++;
            else if (a.Speaker is { Resolution: SpeakerResolution.Named or SpeakerResolution.Pronoun or SpeakerResolution.Description }) named++;
            else anonymous++;
        }
        var outlets = sources.Where(s => s.Outlet is not null)
            .Select(s => new CitedOutlet(s.Name, s.Outlet!.Domain, s.Outlet.Factuality, s.Outlet.Bias, s.Mentions.Count, s.Links.Count, s.Outlet.Category))
            .ToList();
        int linksRated = doc.Metadata.Links.Count(l => registry.FindByDomain(l.Href) is not null);
        return new SourcingProfile(
            AttributedShare: nonSpace == 0 ? 0 : Math.Round(inContent / (double)nonSpace, 4),
            Attributions: attributions.Count,
            Direct: attributions.Count(a => a.Kind == AttributionKind.Direct),
            Indirect: attributions.Count(a => a.Kind == AttributionKind.Indirect),
            Mixed: attributions.Count(a => a.Kind == AttributionKind.Mixed),
            Block: attributions.Count(a => a.Kind == AttributionKind.Block),
            NamedAttributions: named,
            AnonymousAttributions: anonymous,
            WithoutSource: none,
            DistinctSources: sources.Count,
            OutletsCited: outlets,
            LinksOut: doc.Metadata.Links.Count,
            LinksToRatedOutlets: linksRated,
            HedgedCitations: sources.SelectMany(s => s.Hedges).Distinct().Count());
    }
}

using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Sources;
using NewsLens.Analyzers.Techniques;
using NewsLens.Analyzers.Verdict;
using NewsLens.Reports.View;

namespace NewsLens.Reports.Summary;

/// <summary>Builds the <see cref="ArticleSummary"/> of an <see cref="ArticleView"/>. Stateless.</summary>
internal static class ArticleSummaryBuilder
{
    public const int TopReasons = 3, TopClaims = 5, TopSpeakers = 6, QuotesPerSpeaker = 3;

    public static ArticleSummary Build(ArticleView view)
    {
        var claims = view.ItemsOf(ClaimLayers.Claims.Name);
        var quotes = view.ItemsOf(AttributionLayers.Attributions.Name);
        var techniques = view.ItemsOf(TechniqueLayers.Techniques.Name);
        return new ArticleSummary(Verdict(view), Lean(view), Publisher(view), Claims(view, claims), claims.Count,
            Speakers(view, quotes), quotes.Count, Outlets(view), Techniques(techniques), techniques.Count);
    }

    private static VerdictLine? Verdict(ArticleView view)
    {
        if (view.Document.GetSingle(VerdictLayers.Verdict) is not { } v) return null;
        var reasons = v.Reasons.OrderByDescending(r => Math.Abs(r.Contribution)).Take(TopReasons).Select(r =>
        {
            // why: a reason is something to check in the text; point at the layer it was counted from
            var where = r.Examples.Count == 0 ? null : view.Locate(r.Examples[0], LayerOf(r.Kind), VerdictLayers.Verdict.Name);
            // why: term and style reasons name their words already; the other kinds show where to look
            var example = r.Examples.Count == 0 || r.Kind is not ("techniques" or "claims" or "sourcing") ? null : Clip(view.Document[r.Examples[0]], 90);
            return new ReasonLine(r.Description, r.Contribution, example, where);
        });
        return new VerdictLine(v.Label, v.HyperpartisanProbability, [.. reasons]);
    }

    private static string LayerOf(string reasonKind) => reasonKind switch
    {
        "techniques" => TechniqueLayers.Techniques.Name,
        "claims" => ClaimLayers.Claims.Name,
        "sourcing" => AttributionLayers.Attributions.Name,
        _ => VerdictLayers.Verdict.Name,
    };

    private static LeanLine? Lean(ArticleView view)
    {
        if (view.Document.GetSingle(LeanLayers.Lean) is not { } l) return null;
        var reasons = l.Reasons.Take(TopReasons).Select(r =>
            new ReasonLine($"“{r.Words}”" + (r.Count > 1 ? $" ×{r.Count}" : ""), r.Weight, null, view.Locate(r.Span, LeanLayers.Lean.Name)));
        return new LeanLine(l.Label, l.PLeft, l.PCenter, l.PRight, [.. reasons]);
    }

    private static PublisherLine? Publisher(ArticleView view) =>
        view.Document.GetSingle(SourceLayers.Outlet) is { } p ? new PublisherLine(p.Outlet.Name, p.Outlet.Domain, p.Category, p.Outlet.Provenance) : null;

    private static List<ClaimLine> Claims(ArticleView view, IReadOnlyList<ViewItem> items) =>
        [.. items.Where(i => i.Annotation is Claim).OrderBy(i => ((Claim)i.Annotation!).Rank).Take(TopClaims).Select(i =>
        {
            var c = (Claim)i.Annotation!;
            return new ClaimLine(c.Rank, c.Score, Clip(view.Document[c.Span], 260), [.. c.Quantities.Select(q => q.Normalized)],
                c.Attribution?.Speaker, new ItemRef(ClaimLayers.Claims.Name, i.Index));
        })];

    private static List<SpeakerLine> Speakers(ArticleView view, IReadOnlyList<ViewItem> items) =>
        [.. items.GroupBy(i => i.Caption)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start)
            .Take(TopSpeakers)
            .Select(g => new SpeakerLine(g.Key, g.Count(), [.. g.Take(QuotesPerSpeaker).Select(i =>
                new QuoteLine(Clip(view.Document[i.MainSpan], 160), new ItemRef(AttributionLayers.Attributions.Name, i.Index)))]))];

    private static List<OutletLine> Outlets(ArticleView view) =>
        [.. view.ItemsOf(SourceLayers.Sources.Name).Where(i => i.Annotation is CitedSource { Outlet: not null }).Select(i =>
        {
            var s = (CitedSource)i.Annotation!;
            return new OutletLine(s.Outlet!.Name, s.Outlet.Domain, s.Outlet.Category, s.Mentions.Count, s.Links.Count,
                new ItemRef(SourceLayers.Sources.Name, i.Index));
        })];

    private static List<TechniqueLine> Techniques(IReadOnlyList<ViewItem> items) =>
        [.. items.GroupBy(i => i.Kind)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TechniqueLine(g.Key, TechniqueNames.Display(g.Key), g.Count(), new ItemRef(TechniqueLayers.Techniques.Name, g.First().Index)))];

    internal static string Clip(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length > max ? flat[..max] + "…" : flat;
    }
}

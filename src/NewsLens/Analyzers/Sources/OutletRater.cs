using NewsLens.Analyzers.Outlets;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Sources;

/// <summary>
/// Looks the publishing outlet up in the <see cref="OutletRegistry"/> by the article's URL, canonical URL, then site
/// name; writes the <see cref="SourceLayers.Outlet"/> layer (empty when nothing matches). Thread-safe.
/// </summary>
public sealed class OutletRater(OutletRegistry registry) : IAnalyzer
{
    public AnalyzerInfo Info { get; } = new("newslens.outlet.v1", "1.0.0");
    public IReadOnlyList<LayerKey> Requires { get; } = [];
    public IReadOnlyList<LayerKey> Produces { get; } = [SourceLayers.Outlet];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        var md = document.Metadata;
        OutletMatch? m = null;
        if (md.Url is { Length: > 0 } u) m = registry.FindByDomain(u);
        if (m is null && md.CanonicalUrl is { Length: > 0 } c) m = registry.FindByDomain(c);
        if (m is null && md.SiteName is { Length: > 0 } s) m = registry.Lookup(s);
        document.Set(SourceLayers.Outlet, m is null ? [] : [new PublisherOutlet(m.Query, m.MatchedBy, m.Outlet)]);
    }
}

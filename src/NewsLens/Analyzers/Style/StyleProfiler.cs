using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Style;

/// <summary>
/// Writes the <see cref="StyleProfile"/> of an article (layer <c>styleProfile</c>): the core lexical and
/// typographic features, plus the optional ones that <see cref="StyleProfilerOptions.SignalSources"/> provide from the
/// layers they declare (read when an earlier analyzer produced them).
/// Stateless and thread-safe.
/// </summary>
public sealed class StyleProfiler : IAnalyzer
{
    private readonly StyleFeatureExtractor _extractor;
    private readonly IReadOnlyList<IStyleSignalSource> _sources;

    public StyleProfiler(StyleProfilerOptions? options = null)
    {
        options ??= new StyleProfilerOptions();
        _extractor = options.Lexicon is null ? StyleFeatureExtractor.Default : new StyleFeatureExtractor(options.Lexicon);
        _sources = options.SignalSources;
        ReadsIfPresent = [.. _sources.SelectMany(s => s.Reads).Distinct()];
    }

    public AnalyzerInfo Info { get; } = new("newslens.style.v1", "1.0.0");
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<LayerKey> ReadsIfPresent { get; }
    public IReadOnlyList<LayerKey> Produces { get; } = [StyleLayers.Profile];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var profile = _extractor.Extract(document);
        if (_sources.Count > 0) profile = AddSignals(document, profile);
        document.SetSingle(StyleLayers.Profile, profile);
    }

    private StyleProfile AddSignals(Document document, StyleProfile profile)
    {
        int? attributions = null, named = null, claims = null;
        IReadOnlyDictionary<string, int>? techniques = null;
        foreach (var source in _sources)
        {
            var s = source.Read(document);
            if (s is null) continue;
            attributions ??= s.Attributions;
            named ??= s.NamedSourceAttributions;
            claims ??= s.Claims;
            techniques ??= s.Techniques;
        }
        var extra = new List<StyleFeature>();
        double sentences = Math.Max(1, profile.SentenceCount);
        double per100 = profile.WordCount == 0 ? 0 : 100.0 / profile.WordCount;
        if (attributions is { } a)
        {
            extra.Add(new("attributionDensity", Math.Round(a / sentences, 6), []));
            if (named is { } n) extra.Add(new("namedSourceShare", a == 0 ? 0 : Math.Round((double)n / a, 6), []));
        }
        if (claims is { } c) extra.Add(new("claimDensity", Math.Round(c / sentences, 6), []));
        if (techniques is not null)
        {
            extra.Add(new("techniqueDensity", Math.Round(techniques.Values.Sum() * per100, 6), []));
            foreach (var (name, count) in techniques.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                extra.Add(new(StyleFeatureCatalog.TechniquePrefix + name, Math.Round(count * per100, 6), []));
        }
        return extra.Count == 0 ? profile : profile with { Features = [.. profile.Features, .. extra] };
    }
}

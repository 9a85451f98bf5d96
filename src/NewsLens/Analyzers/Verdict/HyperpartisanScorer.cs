using NewsLens.Analyzers.Style;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Writes the <see cref="ArticleVerdict"/> of an article (layer <c>verdict</c>) from its text and style profile.
/// Never reads the outlet's name, domain or rating; the article's own site name and URL are used only to mask
/// self-mentions. Stateless and thread-safe after construction.
/// </summary>
public sealed class HyperpartisanScorer(VerdictModel model, VerdictScorerOptions? options = null) : IAnalyzer
{
    private readonly VerdictComputer _computer = new(model, options);
    private readonly bool _explain = options?.Explain ?? true;

    public AnalyzerInfo Info { get; } = new("newslens.verdict.v1", "1.0.0", model.Sha256);
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences, StyleLayers.Profile];
    public IReadOnlyList<LayerKey> Produces { get; } = [VerdictLayers.Verdict];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var profile = document.GetSingle(StyleLayers.Profile) ?? StyleFeatureExtractor.Default.Extract(document);
        document.SetSingle(VerdictLayers.Verdict, _explain ? _computer.Compute(document, profile) : _computer.ComputeUnexplained(document, profile));
    }
}

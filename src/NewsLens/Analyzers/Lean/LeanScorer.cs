using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Lean;

/// <summary>
/// Writes the <see cref="ArticleLean"/> of an article (layer <c>lean</c>) from its text. Never reads the outlet's name,
/// domain or rating as a feature; the article's own site name and URL are used only to mask self-mentions. Stateless
/// and thread-safe after construction.
/// </summary>
public sealed class LeanScorer(LeanModel model, LeanScorerOptions? options = null) : IAnalyzer
{
    private readonly LeanComputer _computer = new(model, options);

    public AnalyzerInfo Info { get; } = new("newslens.lean.v1", "1.0.0", model.Sha256);
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Tokens, CoreLayers.Sentences];
    public IReadOnlyList<LayerKey> Produces { get; } = [LeanLayers.Lean];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        document.SetSingle(LeanLayers.Lean, _computer.Compute(document));
    }
}

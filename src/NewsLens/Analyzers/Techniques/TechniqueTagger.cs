using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Finds propaganda and loaded-language technique spans (the 14 PTC techniques) and tallies them per article.
/// Writes <see cref="TechniqueLayers.Techniques"/> and <see cref="TechniqueLayers.Tally"/>. Stateless and
/// thread-safe after construction.
/// </summary>
public sealed class TechniqueTagger(TechniqueModel model, TechniqueOptions? options = null) : IAnalyzer
{
    private readonly TechniqueOptions _options = options ?? new TechniqueOptions();

    public AnalyzerInfo Info { get; } = new("newslens.techniques.v1", "1.0.0", model.Sha256);
    public IReadOnlyList<LayerKey> Requires { get; } = model.UsesEncoder
        ? [CoreLayers.Sentences, CoreLayers.Tokens, Vectors.VectorLayers.Tokens, Vectors.VectorLayers.Sentences]
        : [CoreLayers.Sentences, CoreLayers.Tokens];
    public IReadOnlyList<LayerKey> Produces { get; } = [TechniqueLayers.Techniques, TechniqueLayers.Tally];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        var spans = model.Tag(document, cancellationToken)
            .Where(s => s.Confidence >= _options.MinConfidence)
            .ToList();
        document.Set(TechniqueLayers.Techniques, spans);
        document.SetSingle(TechniqueLayers.Tally, TechniqueTally.Of(spans));
    }
}

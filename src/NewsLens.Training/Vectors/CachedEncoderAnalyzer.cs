using NewsLens.Pipeline;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Training.Vectors;

/// <summary>
/// The encoder step of a training pipeline: writes the same vector layers as the runtime encoder analyzer, from an
/// <see cref="EncodedCorpus"/> (so a rerun reads cached vectors instead of encoding again). Thread-safe.
/// </summary>
public sealed class CachedEncoderAnalyzer(EncodedCorpus corpus) : IEncoderAnalyzer
{
    public EncoderIdentity Identity => corpus.Identity;
    public AnalyzerInfo Info { get; } = new("newslens.encoder.v1", "1.0.0", corpus.Identity.Sha256);
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Sentences, CoreLayers.Tokens];
    public IReadOnlyList<LayerKey> Produces { get; } = [VectorLayers.Tokens, VectorLayers.Sentences];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (tokens, sentences) = corpus.Vectors(document);
        document.SetSingle(VectorLayers.Tokens, tokens);
        document.SetSingle(VectorLayers.Sentences, sentences);
    }
}

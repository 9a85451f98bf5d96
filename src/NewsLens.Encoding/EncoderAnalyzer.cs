using NewsLens.Pipeline;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Encoders;

/// <summary>
/// Runs the shared transformer encoder once per article and writes <see cref="VectorLayers.Tokens"/> and
/// <see cref="VectorLayers.Sentences"/> for every head that reads them. Thread-safe; the encoder is not owned (the
/// caller disposes it after the pipeline's last use).
/// </summary>
public sealed class EncoderAnalyzer(TransformerEncoder encoder) : IEncoderAnalyzer, IReportsLimits
{
    public const string Id = "newslens.encoder.v1";

    /// <summary>Name and weights SHA-256 of the encoder, as reports record it.</summary>
    public EncoderIdentity Identity { get; } = encoder.Identity;

    public AnalyzerInfo Info { get; } = new(Id, "1.0.0", encoder.Sha256);
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Sentences, CoreLayers.Tokens];
    public IReadOnlyList<LayerKey> Produces { get; } = [VectorLayers.Tokens, VectorLayers.Sentences];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        var encoding = encoder.Encode(document, cancellationToken);
        document.SetSingle(VectorLayers.Tokens, encoding.TokenTable(Identity));
        document.SetSingle(VectorLayers.Sentences, encoding.SentenceTable(Identity));
    }

    /// <inheritdoc />
    public string? LimitNote(Document document) =>
        document.GetSingle(VectorLayers.Tokens) is { } t && t.ComputedRows < t.Count
            ? $"encoded the first {t.ComputedRows:N0} of {t.Count:N0} tokens (the cap of {encoder.Options.MaxWindowsPerDocument} windows per article); " +
              "the heads that read vectors saw none for the rest"
            : null;
}

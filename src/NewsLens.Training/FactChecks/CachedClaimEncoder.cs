using NewsLens.Encoders;
using NewsLens.FactChecks;
using NewsLens.Training.Vectors;

namespace NewsLens.Training.FactChecks;

/// <summary>The pretrained claim encoder behind the training vector cache, so retraining encodes nothing twice.</summary>
public sealed class CachedClaimEncoder(TransformerEncoder encoder, string? cacheDirectory, Action<int, int>? progress = null) : IClaimEncoder
{
    private readonly EncodedCorpus _corpus = new(encoder, cacheDirectory);

    public string Key => encoder.Identity.Key;
    public int Dimension => encoder.Dimension;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => _corpus.TextVectors(texts, progress);
}

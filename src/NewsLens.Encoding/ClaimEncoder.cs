using NewsLens.FactChecks;

namespace NewsLens.Encoders;

/// <summary>
/// The <see cref="IClaimEncoder"/> that fact-check matching uses: the pretrained MiniLM (never the fine-tuned
/// overrides, which were tuned for token tasks), each text encoded alone and mean-pooled. Thread-safe.
/// </summary>
public sealed class ClaimEncoder(TransformerEncoder encoder) : IClaimEncoder
{
    /// <summary>The process-wide pretrained encoder, loaded on first use.</summary>
    public static ClaimEncoder Shared => s_shared.Value;

    private static readonly Lazy<ClaimEncoder> s_shared = new(() => new ClaimEncoder(StandardPipelines.SharedEncoder(new EncoderOptions())));

    public string Key => encoder.Identity.Key;
    public int Dimension => encoder.Dimension;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        // why: chunks bound the memory of one call; the encoder batches inside each
        var result = new float[texts.Count][];
        const int chunk = 256;
        for (int at = 0; at < texts.Count; at += chunk)
        {
            var part = encoder.EncodeTexts([.. texts.Skip(at).Take(chunk)], cancellationToken);
            part.CopyTo(result, at);
        }
        return result;
    }
}

using NewsLens.Vectors;

namespace NewsLens.Pipeline;

/// <summary>
/// Which pipeline analysed an article, as reports record it: <c>accurate</c> (heads over a shared transformer encoder,
/// whose identity is given) or <c>fast</c> (linear models over words and word clusters, no encoder).
/// </summary>
public sealed record PipelineInfo(string Name, EncoderIdentity? Encoder = null)
{
    public const string AccurateName = "accurate";
    public const string FastName = "fast";

    /// <summary>A pipeline assembled by hand, with no name given.</summary>
    public static PipelineInfo Custom { get; } = new("custom");
}

/// <summary>The two standard pipelines.</summary>
public enum PipelineKind
{
    /// <summary>Reads the shared transformer encoder: better spans and quotes, ~50x slower than <see cref="Fast"/>.</summary>
    Accurate,

    /// <summary>Linear models over surface words and word clusters: for very large batches.</summary>
    Fast,
}

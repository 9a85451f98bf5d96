using NewsLens.Encoders;

namespace NewsLens.Tests.Encoders;

/// <summary>One encoder for the whole test run: loading the model takes about a second.</summary>
internal static class SharedEncoder
{
    private static readonly Lazy<TransformerEncoder> Lazy = new(() => TransformerEncoder.CreateMiniLm(new EncoderOptions { IntraOpNumThreads = 1 }));

    public static TransformerEncoder Instance => Lazy.Value;

    /// <summary>
    /// The accurate pipeline's encoder for the committed models folder (fine-tuned when it holds
    /// <c>encoder.overrides.bin</c>): what the shipped encoder heads were trained on.
    /// </summary>
    public static TransformerEncoder Shipped => StandardPipelines.EncoderFor(
        new NewsLens.Models.ModelDirectory(Path.Combine(NewsLens.Tests.Support.SharedData.RepoRoot, "models")), new EncoderOptions { IntraOpNumThreads = 1 });
}

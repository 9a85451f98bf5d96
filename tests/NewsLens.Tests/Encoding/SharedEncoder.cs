using NewsLens.Encoders;

namespace NewsLens.Tests.Encoders;

/// <summary>One encoder for the whole test run: loading the model takes about a second.</summary>
internal static class SharedEncoder
{
    private static readonly Lazy<TransformerEncoder> Lazy = new(() => TransformerEncoder.CreateMiniLm(new EncoderOptions { IntraOpNumThreads = 1 }));

    public static TransformerEncoder Instance => Lazy.Value;
}

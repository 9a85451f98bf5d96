using NewsLens.Encoders;
using NewsLens.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsLens.FineTune.Tests.Support;

/// <summary>The pretrained weights and one ONNX Runtime encoder over them, shared by the whole test run (loading takes about a second each).</summary>
internal static class MiniLm
{
    private static readonly Lazy<EncoderWeights> LazyWeights = new(EncoderWeights.LoadMiniLm);
    private static readonly Lazy<TransformerEncoder> LazyOnnx = new(() => new TransformerEncoder(Weights, new EncoderOptions { IntraOpNumThreads = 1 }));

    public static EncoderWeights Weights => LazyWeights.Value;
    public static TransformerEncoder Onnx => LazyOnnx.Value;

    public static readonly string[] Sentences =
    [
        "The city council voted on Tuesday to expand the bus network into the northern suburbs.",
        "Critics warned that the plan would raise local taxes.",
        "The mayor promised a review after one year.",
    ];

    /// <summary>[CLS] pieces [SEP] of each text, as the ONNX encoder would see them.</summary>
    public static long[][] Ids(IEnumerable<string> texts) =>
    [
        .. texts.Select(t => new long[] { Onnx.Tokenizer.Vocab.Cls }
            .Concat(Onnx.Tokenizer.Tokenize(Document.Create(t)).Select(p => (long)p.Id))
            .Append(Onnx.Tokenizer.Vocab.Sep).ToArray()),
    ];

    /// <summary>The sequences padded to the longest, as ids and mask tensors [batch, length].</summary>
    public static (Tensor Ids, Tensor Mask) Batch(long[][] sequences)
    {
        int length = sequences.Max(s => s.Length);
        var ids = new long[sequences.Length * length];
        var mask = new long[sequences.Length * length];
        for (int b = 0; b < sequences.Length; b++)
        {
            sequences[b].CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, sequences[b].Length);
        }
        return (tensor(ids, [sequences.Length, length]), tensor(mask, [sequences.Length, length]));
    }

    /// <summary>The largest |a - b| between each sequence's ONNX states and the same rows of the TorchSharp states.</summary>
    public static double MaxDifference(float[][] onnx, Tensor torchStates)
    {
        long length = torchStates.shape[1], width = torchStates.shape[2];
        var all = torchStates.data<float>().ToArray();
        double max = 0;
        for (int b = 0; b < onnx.Length; b++)
            for (int i = 0; i < onnx[b].Length; i++)
                max = Math.Max(max, Math.Abs(onnx[b][i] - all[b * length * width + i]));
        return max;
    }
}

namespace NewsLens.FineTune.TokenClassification;

/// <summary>
/// One training sequence: word-piece ids exactly as the encoder will see them ([CLS] and [SEP] included by the caller)
/// and one class per piece, <see cref="Ignore"/> for pieces that carry no label (specials, word continuations).
/// </summary>
public sealed record TokenClassificationExample(long[] Ids, int[] Labels)
{
    /// <summary>The label of a piece left out of the loss (PyTorch's <c>ignore_index</c>).</summary>
    public const int Ignore = -100;
}

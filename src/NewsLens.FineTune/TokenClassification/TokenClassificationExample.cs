namespace NewsLens.FineTune.TokenClassification;

/// <summary>
/// One training sequence: word-piece ids exactly as the encoder will see them ([CLS] and [SEP] included by the caller)
/// and one class per piece, <see cref="Ignore"/> for pieces that carry no label (specials, word continuations).
/// <see cref="Task"/> names the head the labels are for when one encoder learns several tagging tasks at once.
/// </summary>
public sealed record TokenClassificationExample(long[] Ids, int[] Labels)
{
    /// <summary>Index of the task (and head) the labels belong to; 0 for single-task training.</summary>
    public int Task { get; init; }

    /// <summary>The label of a piece left out of the loss (PyTorch's <c>ignore_index</c>).</summary>
    public const int Ignore = -100;
}

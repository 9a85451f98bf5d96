namespace NewsLens.Encoders;

/// <summary>How <see cref="TransformerEncoder"/> runs. Defaults suit all-MiniLM-L6-v2 on a small CPU.</summary>
public sealed record EncoderOptions
{
    /// <summary>ONNX Runtime threads inside one operator; 0 lets ONNX Runtime choose (one per physical core).</summary>
    public int IntraOpNumThreads { get; init; }

    /// <summary>Word pieces per model input, [CLS] and [SEP] included. At most 512 for BERT-style models.</summary>
    public int WindowPieces { get; init; } = 256;

    /// <summary>
    /// Word pieces between the starts of two windows; less than the window's content so windows overlap (default 224:
    /// every piece keeps at least 15 pieces of context on each side, and a 700-word article needs 4 windows, not 5).
    /// </summary>
    public int Stride { get; init; } = 224;

    /// <summary>Windows per session run.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>
    /// Bound on one document's word pieces (a 700-word article has ~1,000); longer input is rejected. Only tokenizing
    /// costs here (a few bytes a piece): how much is encoded is bounded by <see cref="MaxWindowsPerDocument"/>, so the
    /// default (2,000,000) admits any text under the pipeline's 5,000,000-character limit that is not mostly symbols.
    /// </summary>
    public int MaxPiecesPerDocument { get; init; } = 2_000_000;

    /// <summary>
    /// Windows encoded per document at most (default 32: about 7,200 word pieces, some 5,000 words, seven times a
    /// 700-word article). Pieces past the last window get no vector (their tokens' vectors are zeros), the encoding
    /// says so (<see cref="DocumentEncoding.IsTruncated"/>) and the pipeline's report carries a warning. Bounds the
    /// encoder's time and memory on one huge or hostile article, which would otherwise grow with its length.
    /// </summary>
    public int MaxWindowsPerDocument { get; init; } = 32;

    /// <summary>
    /// Fine-tuned values for some of the model's weights, given to ONNX Runtime in place of the file's own; null runs
    /// the pretrained model. Must come from the same ONNX file (its SHA-256 is checked).
    /// </summary>
    public EncoderWeightOverrides? WeightOverrides { get; init; }

    internal int Content => WindowPieces - 2;

    internal void Validate()
    {
        if (WindowPieces is < 3 or > 512) throw new ArgumentOutOfRangeException(nameof(WindowPieces), WindowPieces, "3..512");
        if (Stride < 1 || Stride > Content) throw new ArgumentOutOfRangeException(nameof(Stride), Stride, $"1..{Content}");
        if (MaxWindowsPerDocument < 1) throw new ArgumentOutOfRangeException(nameof(MaxWindowsPerDocument), MaxWindowsPerDocument, ">= 1");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, ">= 1");
        if (IntraOpNumThreads < 0) throw new ArgumentOutOfRangeException(nameof(IntraOpNumThreads), IntraOpNumThreads, ">= 0");
    }
}

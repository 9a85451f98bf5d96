namespace NewsLens.Analyzers.Verdict;

/// <summary>Options of the <see cref="HyperpartisanScorer"/>.</summary>
public sealed record VerdictScorerOptions
{
    /// <summary>Reasons listed, strongest first (by absolute contribution).</summary>
    public int TopReasons { get; init; } = 8;
    /// <summary>Sentences that pushed most towards hyperpartisan.</summary>
    public int TopSentencesFor { get; init; } = 3;
    /// <summary>Sentences that pushed most against.</summary>
    public int TopSentencesAgainst { get; init; } = 2;
    /// <summary>Calibrated probability at or above which the label is hyperpartisan.</summary>
    public double Threshold { get; init; } = 0.5;
    /// <summary>
    /// Share of hyperpartisan articles expected in the collection analysed (0-1, exclusive); null keeps the training
    /// share. The probability is re-expressed for it (see <see cref="VerdictModel.AdjustToPrior"/>).
    /// </summary>
    public double? Prior { get; init; }
    /// <summary>
    /// True (the default) lists only reasons a reader can check in the text (<see cref="ReadableReasons"/>: no
    /// function-word n-grams, numbers, names, word clusters or length). False lists every feature, for auditing the
    /// model: then the bias plus all reasons (with <see cref="TopReasons"/> large enough) add up to the margin.
    /// </summary>
    public bool ReadableOnly { get; init; } = true;
    /// <summary>False writes only the probability, label and margin (no reasons, sentences or style table): the fast path for bulk classification.</summary>
    public bool Explain { get; init; } = true;
}

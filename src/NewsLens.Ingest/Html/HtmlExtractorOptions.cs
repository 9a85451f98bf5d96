namespace NewsLens.Ingest.Html;

/// <summary>
/// Limits and thresholds for <see cref="HtmlArticleExtractor"/>. Immutable once given to the extractor; the defaults
/// suit news pages.
/// </summary>
public sealed record HtmlExtractorOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static readonly HtmlExtractorOptions Default = new();

    /// <summary>
    /// Largest page accepted, in UTF-16 code units (default 20 million, about 20 MB of ASCII HTML). Larger pages are
    /// reported as not an article with a reason, never parsed: parse time and memory grow with the input.
    /// </summary>
    public int MaxInputChars { get; init; } = 20_000_000;

    /// <summary>
    /// Deepest element nesting the parser builds (default 512, like browsers' practical limits). Deeper markup is
    /// flattened by the parser, so hostile nesting cannot exhaust the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>
    /// Deepest nesting of explicitly opened elements accepted in the source (default 2,000). Deeper pages are refused
    /// before parsing: the parser's cost grows quadratically with nesting past <see cref="MaxDepth"/>.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 2_000;

    /// <summary>Fewest words of main text for a page to count as an article (default 30: a short news brief).</summary>
    public int MinArticleWords { get; init; } = 30;

    /// <summary>
    /// Whether the learned block classifier (model card <c>models/extraction.md</c>) decides the kept blocks after the
    /// structural rules (default true); false keeps the rules' choice alone, as before the classifier.
    /// </summary>
    public bool UseBlockClassifier { get; init; } = true;
}

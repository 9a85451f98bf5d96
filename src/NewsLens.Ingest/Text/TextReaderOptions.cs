using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Text;

/// <summary>How <see cref="PlainTextReader"/> turns a file into an article.</summary>
public sealed record TextReaderOptions
{
    public static readonly TextReaderOptions Default = new();

    /// <summary>
    /// When true the article text is the whole file (title line included), so offsets equal offsets into the file:
    /// what corpora such as PTC and PolNeAR count. When false (default) the text is the body that follows the title
    /// block, exactly as in the file; the title goes to <see cref="NewsLens.Text.ArticleMetadata.Title"/> only.
    /// </summary>
    public bool KeepTitleInText { get; init; }

    /// <summary>
    /// Longest first line taken as a title (default 300 chars); a longer first line is a paragraph, and the file has
    /// no title.
    /// </summary>
    public int MaxTitleChars { get; init; } = 300;

    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;
}

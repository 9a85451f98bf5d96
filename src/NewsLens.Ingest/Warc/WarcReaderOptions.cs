using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Warc;

/// <summary>How <see cref="WarcArticleReader"/> treats the pages it finds.</summary>
public sealed record WarcReaderOptions
{
    public static readonly WarcReaderOptions Default = new();

    /// <summary>
    /// When false (default) a page the extractor judges not to be an article (an index, a login wall) yields a
    /// failure saying why; when true it yields the text found anyway.
    /// </summary>
    public bool KeepNonArticles { get; init; }

    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;
}

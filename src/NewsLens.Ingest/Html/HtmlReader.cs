using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Html;

/// <summary>
/// PLACEHOLDER until the HTML engineer's version is merged (it replaces this file): reads one HTML page
/// (<c>.html</c>, <c>.htm</c>, <c>.html.gz</c>) as one article through an <see cref="IHtmlArticleExtractor"/>.
/// </summary>
public sealed class HtmlReader(IHtmlArticleExtractor extractor) : IArticleReader
{
    public string Format => "html";

    public IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string html;
        try
        {
            using var stream = InputFiles.MaybeGunzip(InputFiles.OpenRaw(path));
            using var reader = new StreamReader(stream);
            html = reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return [ReadItem.Fail(path, $"cannot read: {ex.Message}")];
        }
        if (html.Length == 0) return [ReadItem.Fail(path, "empty input")];
        if (TextGuard.Check(html, ReaderLimits.Default) is { } problem) return [ReadItem.Fail(path, problem)];
        var extraction = extractor.Extract(html, null);
        return [ReadItem.Ok(path, extraction.Article)];
    }
}

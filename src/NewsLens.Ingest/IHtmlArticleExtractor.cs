namespace NewsLens.Ingest;

/// <summary>Turns one HTML page into an article: main text plus metadata. Thread-safe.</summary>
public interface IHtmlArticleExtractor
{
    /// <param name="html">the page source</param>
    /// <param name="url">the page address when known (resolves relative links, fills the URL field)</param>
    HtmlExtraction Extract(string html, string? url = null);
}

/// <summary>
/// The outcome of extracting a page. When <see cref="IsArticle"/> is false, <see cref="NotArticleReason"/> says why
/// (an index page, a login wall...) and <see cref="Article"/> holds whatever text was found.
/// </summary>
public sealed record HtmlExtraction(ArticleInput Article, bool IsArticle, string? NotArticleReason = null);

using System.Text.RegularExpressions;
using NewsLens.Ingest;
using NewsLens.Text;

namespace NewsLens.Tests.Ingest;

/// <summary>
/// A trivial extractor for reader tests: drops tags, collapses whitespace, takes &lt;title&gt;. A page containing
/// "INDEX-PAGE" is judged not an article; one containing "THROW" makes it throw.
/// </summary>
public sealed partial class FakeHtmlExtractor : IHtmlArticleExtractor
{
    public HtmlExtraction Extract(string html, string? url = null)
    {
        if (html.Contains("THROW", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
        var title = TitleTag().Match(html);
        string text = Spaces().Replace(Tags().Replace(TitleTag().Replace(html, " "), " "), " ").Trim();
        var meta = new ArticleMetadata { Url = url, Title = title.Success ? title.Groups[1].Value : null };
        bool isArticle = !html.Contains("INDEX-PAGE", StringComparison.Ordinal);
        return new HtmlExtraction(new ArticleInput(url ?? "page", text, meta), isArticle, isArticle ? null : "index page");
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

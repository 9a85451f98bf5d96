namespace NewsLens.Ingest.Html;

/// <summary>Decides whether the extracted text is an article; when not, says why (the reason reaches the user).</summary>
internal static class ArticleClassifier
{
    public static string? NotArticleReason(PageScan scan, List<int> kept, string text, HeadInfo head, JsonLdInfo ld, string? url, HtmlExtractorOptions options)
    {
        int words = CountWords(text);
        bool articleSignal = ld.HasArticle || string.Equals(head.Meta("og:type"), "article", StringComparison.OrdinalIgnoreCase);
        if (scan.PasswordInputs > 0 && words < 150)
            return $"login wall: a password form and only {words} words of text";
        if (words < options.MinArticleWords)
            return $"too little main text: {words} words (minimum {options.MinArticleWords})";
        if (!articleSignal && url is not null && IsSearchUrl(url) && words < 400)
            return "search results page";
        int teasers = 0;
        foreach (var b in scan.Blocks)
            if (b.LinkDensity > 0.8 && b.Text.Length >= 20 && b.Kind is ElementKind.Heading or ElementKind.ListItem)
                teasers++;
        int keptLinkHeavy = 0;
        foreach (int i in kept)
            if (scan.Blocks[i].LinkDensity > 0.3) keptLinkHeavy++;
        if (!articleSignal && teasers >= 12 && (words < 250 || keptLinkHeavy * 2 > kept.Count))
            return $"index page: {teasers} linked headlines and {words} words of running text";
        return null;
    }

    private static bool IsSearchUrl(string url) =>
        url.Contains("/search", StringComparison.OrdinalIgnoreCase) || url.Contains("?q=", StringComparison.Ordinal)
        || url.Contains("&q=", StringComparison.Ordinal) || url.Contains("?s=", StringComparison.Ordinal);

    internal static int CountWords(string text)
    {
        int n = 0, cjk = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            // why: Chinese and Japanese run words together; count two ideographs or kana as one word.
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF')
            {
                cjk++;
                inWord = false;
                continue;
            }
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n + cjk / 2;
    }
}

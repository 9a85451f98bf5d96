namespace NewsLens.Ingest.Html;

/// <summary>Block-level text rules applied inside the chosen body: link lists and stock phrases are dropped.</summary>
internal static class BoilerplateText
{
    private static readonly string[] ShortPhrases =
    [
        "advertisement", "advertising", "sponsored", "read more", "read next", "related:", "related stories",
        "related articles", "share this", "share on", "follow us", "sign up", "subscribe", "click here",
        "all rights reserved", "copyright", "©", "more from", "recommended", "you may also like", "most popular",
        "trending", "comments", "leave a comment", "skip to", "back to top", "loading", "image:", "photo:",
        "getty images", "view comments", "this article is more than", "listen to this", "min read", "continue reading",
    ];

    public static bool Keep(TextBlock block)
    {
        var text = block.Text;
        if (block.LinkDensity > 0.6)
            return false;
        if (text.Length <= 60)
        {
            foreach (var phrase in ShortPhrases)
                if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                    return false;
        }
        return true;
    }
}

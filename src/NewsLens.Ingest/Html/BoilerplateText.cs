using System.Text.RegularExpressions;

namespace NewsLens.Ingest.Html;

/// <summary>Block-level text rules applied inside the chosen body: link lists and stock phrases are dropped.</summary>
internal static partial class BoilerplateText
{
    // why: calls to action (newsletters, follows, app downloads) sit inside article bodies but are not the article.
    private static readonly string[] PromoPhrases =
    [
        "newsletter", "sign up for", "sign up to", "subscribe to", "subscribe for", "follow us on", "click here",
        "download the app", "delivered to your inbox", "in your inbox", "support our journalism", "become a member",
    ];

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
        if (text.Length <= 250)
        {
            foreach (var phrase in PromoPhrases)
                if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                    return false;
        }
        if (text.Length <= 40 && StockLabel().IsMatch(text))
            return false;
        if (text.Length <= 60)
        {
            foreach (var phrase in ShortPhrases)
                if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                    return false;
        }
        return true;
    }

    [GeneratedRegex(@"^(?:advert|ad|ads|advertisement|sponsored( content)?|image \d+ of \d+|\d+ of \d+|photo \d+ of \d+|slide \d+ of \d+|close|menu|search|share|tweet|email|print|next|previous)$", RegexOptions.IgnoreCase)]
    private static partial Regex StockLabel();
}

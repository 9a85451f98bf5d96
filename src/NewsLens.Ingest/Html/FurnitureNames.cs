using System.Collections.Frozen;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Recognises page furniture (ads, share bars, cookie walls, newsletter boxes, comments, related lists...) from the
/// words in an element's class and id, and article bodies from words like <c>article-body</c>.
/// </summary>
internal static class FurnitureNames
{
    // why: whole-word matches only; short words like "ad" or "nav" would hit "header" or "canvas" as substrings.
    private static readonly FrozenSet<string> FurnitureWords = new[]
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp", "gpt",
        "sponsor", "sponsored", "promo", "promos", "promotion", "banner", "outbrain", "taboola", "zergnet",
        "cookie", "cookies", "consent", "gdpr", "privacy", "cmp",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "regwall", "optin",
        "share", "shares", "sharing", "sharebar", "social", "socials", "sharetools", "addthis", "sociallinks",
        "comment", "comments", "commenting", "disqus", "discussion", "respond", "replies",
        "related", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular", "mostread",
        "mostpopular", "readmore", "morestories", "upnext", "pagination",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "skip", "skiplink",
        "footer", "sidebar", "rail", "sidebox", "toolbar",
        "modal", "popup", "overlay", "lightbox", "tooltip", "dropdown",
        "caption", "credit", "credits", "figcaption", "byline", "bio", "dateline", "timestamp",
        "tags", "topics", "keywords", "categories", "visuallyhidden",
        "sronly", "screenreader", "offscreen", "invisible", "login", "signin", "register", "follow", "rating",
        "gallery", "slideshow", "carousel", "newsletterbox", "donate", "donation", "widget", "widgets",
    }.ToFrozenSet(StringComparer.Ordinal);

    // why: these appear as compound-word prefixes/suffixes ("articleComments", "share-buttons-v2").
    private static readonly string[] FurnitureStems =
    [
        "cookie", "consent", "newsletter", "advert", "sponsor", "taboola", "outbrain", "sharing", "sharebar",
        "social", "comment", "disqus", "related", "recommend", "breadcrumb", "sidebar", "subscri", "paywall",
        "promo", "trending", "popular", "readmore", "read-more", "more-stories", "morestories", "footer", "masthead",
        "navbar", "navigation", "signup", "sign-up", "modal", "popup", "caption", "byline", "banner",
        "more-news", "morenews", "more-posts", "moreposts", "more-from", "more-articles", "read-next", "readnext",
    ];

    // why: a positive word protects an element that also carries a furniture word ("article-body has-share").
    private static readonly string[] BodyStems =
    [
        "articlebody", "article-body", "article_body", "article__body", "storybody", "story-body", "story_body",
        "entry-content", "entrycontent", "post-content", "postcontent", "post-body", "postbody", "article-content",
        "articlecontent", "article__content", "story-content", "storycontent", "body-text", "bodytext",
        "main-content", "maincontent", "article-text", "articletext", "content-body", "text-body", "rich-text",
        "richtext", "paywall-article", "story-text",
        // why: embedded posts (tweets, Instagram) quoted by the article are part of its text.
        "embed", "tweet",
    ];

    /// <summary>What one class or id value says, computed once per distinct value (pages repeat their classes).</summary>
    [Flags]
    public enum Verdict : byte
    {
        None = 0,
        Body = 1,
        Furniture = 2,
        Comments = 4,
        /// <summary>Names a byline or author box (metadata hint).</summary>
        Byline = 8,
        /// <summary>Names a date, time or dateline element (metadata hint).</summary>
        DateLike = 16,
    }

    public static Verdict Classify(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return Verdict.None;
        // why: lower-case once, then ordinal searches: case-insensitive ones cost several times more per stem.
        var lower = value.ToLowerInvariant();
        var v = Verdict.None;
        if (ContainsStem(lower, BodyStems)) v |= Verdict.Body;
        if (Matches(lower)) v |= Verdict.Furniture;
        if (ContainsStem(lower, CommentStems)) v |= Verdict.Comments;
        if (ContainsStem(lower, BylineStems)) v |= Verdict.Byline;
        if (ContainsStem(lower, DateStems)) v |= Verdict.DateLike;
        return v;
    }

    private static readonly string[] BylineStems = ["byline", "author"];
    private static readonly string[] DateStems = ["date", "time"];
    private static readonly string[] CommentStems = ["comment", "disqus", "respond", "replies", "discussion"];

    // why: page builders prefix every class with their name ("elementor-widget-wrap"); those words say nothing.
    private static readonly string[] FrameworkPrefixes = ["elementor", "wp-block", "et_pb", "vc_", "fusion-", "av-", "fl-", "sqs-", "jeg_", "td-", "tdc-", "tdb-"];

    /// <summary>True when class or id names an article body container.</summary>
    public static bool IsBody(string? className, string? id) =>
        (Classify(className) & Verdict.Body) != 0 || (Classify(id) & Verdict.Body) != 0;

    private static bool Matches(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return false;
        foreach (var range in value.AsSpan().Split(' '))
        {
            var token = value.AsSpan()[range];
            if (token.Length == 0 || IsFrameworkToken(token))
                continue;
            if (MatchesToken(token))
                return true;
        }
        return false;
    }

    private static bool IsFrameworkToken(ReadOnlySpan<char> token)
    {
        foreach (var prefix in FrameworkPrefixes)
            if (token.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        return false;
    }

    private static bool MatchesToken(ReadOnlySpan<char> span)
    {
        foreach (var stem in FurnitureStems)
            if (span.Contains(stem, StringComparison.Ordinal))
                return true;
        Span<char> lower = stackalloc char[64];
        int start = -1;
        for (int i = 0; i <= span.Length; i++)
        {
            bool sep = i == span.Length || !char.IsLetterOrDigit(span[i]);
            if (!sep)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                var word = span[start..i];
                if (word.Length <= lower.Length)
                {
                    int n = word.ToLowerInvariant(lower);
                    if (FurnitureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]))
                        return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static bool ContainsStem(string? value, string[] stems)
    {
        if (string.IsNullOrEmpty(value))
            return false;
        foreach (var stem in stems)
            if (value.Contains(stem, StringComparison.Ordinal))
                return true;
        return false;
    }
}

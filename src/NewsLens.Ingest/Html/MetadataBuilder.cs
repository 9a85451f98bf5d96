using AngleSharp.Dom;
using NewsLens.Text;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Fills <see cref="ArticleMetadata"/> from the head, JSON-LD and body hints. Each field takes the most trusted source
/// that yields a valid value: JSON-LD, then OpenGraph/article meta, then other meta tags, then body markup, then the
/// URL, then visible text.
/// </summary>
internal static class MetadataBuilder
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date",
        "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published",
        "article_date_original", "original-publish-date", "publication_date", "cxenseparse:recs:publishtime",
        "dc.date.created", "displaydate", "date.release", "og:pubdate", "pdate", "analyticsattributes.articledate",
    ];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "last-modified",
        "lastmod", "dc.date.modified", "dcterms.modified", "article.updated", "revised", "modified_time",
    ];

    private static readonly string[] AuthorKeys =
    [
        "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl", "dc.creator",
        "dcterms.creator", "citation_author", "cxenseparse:author", "article.author", "twitter:creator:name",
    ];

    public static ArticleMetadata Build(ArticleMetadata seed, IDocument document, HeadInfo head, JsonLdInfo ld, PageScan scan, string? url)
    {
        var siteName = First(head.Meta("og:site_name"), ld.Publisher, head.Meta("application-name", "al:ios:app_name"));
        var title = TitleCleaner.Clean(First(head.Meta("og:title"), ld.Headline, head.Meta("twitter:title", "title", "headline"),
            FirstH1(scan), head.Title), siteName);
        var pageUri = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : null;
        var canonical = Absolute(First(head.Canonical, head.Meta("og:url"), ld.Url), pageUri);
        return seed with
        {
            Title = title,
            SiteName = siteName?.Trim(),
            Authors = Authors(head, ld, scan, OutletNames(siteName, url)),
            Published = Published(head, ld, scan, url ?? canonical),
            Modified = DateParsing.Parse(ld.Modified) ?? DateParsing.Parse(head.Meta(ModifiedKeys)) ?? Hint(scan, "itemprop:datemodified"),
            CanonicalUrl = canonical,
            Language = Language(First(head.Language, head.Meta("og:locale", "content-language", "language", "dc.language"), ld.Language)),
            Section = First(head.Meta("article:section", "og:article:section"), ld.Section, head.Meta("section", "parsely-section", "article.section", "category"))?.Trim(),
        };
    }

    private static DateTimeOffset? Published(HeadInfo head, JsonLdInfo ld, PageScan scan, string? url)
    {
        var d = DateParsing.Parse(ld.Published);
        if (d is not null) return d;
        foreach (var key in PublishedKeys)
            foreach (var v in head.MetaAll(key))
                if (DateParsing.Parse(v) is { } m) return m;
        d = Hint(scan, "itemprop:datepublished") ?? Hint(scan, "itemprop:datecreated") ?? Hint(scan, "time");
        if (d is not null) return d;
        d = DateParsing.FromUrl(url);
        if (d is not null) return d;
        foreach (var hint in scan.BodyHints)
            if (hint.Key is "datetext" or "byline" && hint.Value.Length < 200 && DateParsing.FromText(hint.Value) is { } t)
                return t;
        return null;
    }

    private static List<string> OutletNames(string? siteName, string? url)
    {
        var list = new List<string>();
        if (!string.IsNullOrWhiteSpace(siteName)) list.Add(siteName);
        if (Uri.TryCreate(url, UriKind.Absolute, out var u)) list.Add(u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host);
        return list;
    }

    private static IReadOnlyList<string> Authors(HeadInfo head, JsonLdInfo ld, PageScan scan, List<string> outlets)
    {
        var names = AuthorNames.Clean(ld.Authors, allowSingleWord: true, notNames: outlets);
        if (names.Count > 0) return names;
        foreach (var key in AuthorKeys)
        {
            names = AuthorNames.Clean(head.MetaAll(key), notNames: outlets);
            if (names.Count > 0) return names;
        }
        foreach (var kind in new[] { "itemprop:author", "rel:author", "byline" })
        {
            names = AuthorNames.Clean(OneByline(scan.BodyHints.Where(h => h.Key == kind).Take(6)).Select(h => h.Value), notNames: outlets);
            if (names.Count > 0) return names;
        }
        return [];
    }

    /// <summary>
    /// The first byline's hints: those inside its grandparent element (co-authors marked up side by side, a name nested in
    /// a byline box). Later hints
    /// elsewhere on the page are the bylines of teasers and related stories, not of this article.
    /// </summary>
    private static IEnumerable<BodyHint> OneByline(IEnumerable<BodyHint> hints)
    {
        AngleSharp.Dom.IElement? anchor = null;
        bool first = true;
        foreach (var hint in hints)
        {
            var around = Around(hint.Element);
            if (first)
            {
                anchor = around;
                first = false;
                yield return hint;
            }
            else if (around is null || anchor is null || ReferenceEquals(around, anchor) || anchor.Contains(hint.Element!))
                yield return hint;
        }
    }

    private static AngleSharp.Dom.IElement? Around(AngleSharp.Dom.IElement? e) => e?.ParentElement?.ParentElement ?? e?.ParentElement;

    private static DateTimeOffset? Hint(PageScan scan, string key)
    {
        foreach (var hint in scan.BodyHints)
            if (hint.Key == key && DateParsing.Parse(hint.Value) is { } d)
                return d;
        return null;
    }

    private static string? FirstH1(PageScan scan)
    {
        foreach (var b in scan.Blocks)
            if (b.Kind == ElementKind.Heading && scan.Records[b.Owner].Element.LocalName == "h1")
                return b.Text;
        return null;
    }

    private static string? Language(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Trim().Replace('_', '-');
        int comma = s.IndexOf(',');
        if (comma > 0) s = s[..comma].Trim();
        return s.Length is >= 2 and <= 35 ? s : null;
    }

    private static string? Absolute(string? href, Uri? page)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.AbsoluteUri;
        if (page is not null && Uri.TryCreate(page, href.Trim(), out var rel)) return rel.AbsoluteUri;
        return null;
    }

    private static string? First(params string?[] values)
    {
        foreach (var v in values)
            if (!string.IsNullOrWhiteSpace(v))
                return v;
        return null;
    }
}

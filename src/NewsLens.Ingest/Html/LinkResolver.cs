namespace NewsLens.Ingest.Html;

/// <summary>Turns raw hrefs into absolute http(s) addresses; in-page anchors and script/mail links resolve to null.</summary>
internal static class LinkResolver
{
    public static Uri? BaseFor(string? baseHref, string? pageUrl)
    {
        Uri.TryCreate(pageUrl, UriKind.Absolute, out var page);
        if (!string.IsNullOrWhiteSpace(baseHref))
        {
            if (page is not null && Uri.TryCreate(page, baseHref.Trim(), out var resolved))
                return resolved;
            if (Uri.TryCreate(baseHref.Trim(), UriKind.Absolute, out var absolute))
                return absolute;
        }
        return page;
    }

    /// <summary>The absolute address, the raw href when it is relative and no base is known, or null to skip it.</summary>
    public static string? Resolve(string href, Uri? baseUri)
    {
        var h = href.Trim();
        if (h.Length == 0 || h[0] == '#')
            return null;
        int colon = h.IndexOf(':');
        if (colon > 0 && h.IndexOf('/') is var slash && (slash < 0 || colon < slash))
        {
            var scheme = h.AsSpan(0, colon);
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
                return null;
        }
        if (baseUri is not null && Uri.TryCreate(baseUri, h, out var abs))
        {
            if (abs.Scheme is not ("http" or "https"))
                return null;
            // why: a link back to this very page with a fragment is an in-page anchor too.
            if (abs.Fragment.Length > 0 && Uri.Compare(abs, baseUri, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.Ordinal) == 0)
                return null;
            return abs.AbsoluteUri;
        }
        return Uri.TryCreate(h, UriKind.Absolute, out var absolute) ? absolute.AbsoluteUri : h;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace NewsLens.Store;

/// <summary>
/// The keys exact de-duplication compares: a canonical URL and a hash of the normalised text. Near-duplicates (a
/// changed sentence) get different keys on purpose: they are linked by story clustering, not dropped.
/// </summary>
public static class DedupKeys
{
    // why: tracking parameters and fragments change nothing in the page; the same story shared with utm_* tags is one article
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid"];

    /// <summary>
    /// Lower-case scheme-less host without <c>www.</c>, path without a trailing slash, query without tracking parameters
    /// (others sorted), no fragment: <c>https://www.Site.com/a/?utm_source=x#top</c> → <c>site.com/a</c>. Null when
    /// <paramref name="url"/> is not an absolute http(s) URL.
    /// </summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)) return null;
        if (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps) return null;
        string host = u.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        string path = u.AbsolutePath.TrimEnd('/');
        var query = u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal).ToList();
        return host + path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    /// <summary>SHA-256 of the text with case folded and every run of whitespace made one space, ends trimmed.</summary>
    public static byte[] TextHash(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
    }
}

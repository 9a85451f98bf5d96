using System.Text;
using System.Text.RegularExpressions;

namespace NewsLens.Ingest.Warc;

/// <summary>Decodes an HTML body with the charset its headers, BOM or meta tag declare (UTF-8 when none or unknown).</summary>
internal static partial class HtmlCharset
{
    public static string Decode(byte[] body, string? contentType)
    {
        var encoding = FromBom(body, out int bomLength)
            ?? FromName(CharsetOf(contentType))
            ?? FromName(MetaCharset(body))
            ?? Encoding.UTF8;
        return encoding.GetString(body, bomLength, body.Length - bomLength);
    }

    private static Encoding? FromBom(byte[] b, out int length)
    {
        length = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { length = 3; return Encoding.UTF8; }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { length = 2; return Encoding.Unicode; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { length = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var m = CharsetParam().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 4096));
        var m = MetaTag().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            var e = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            // why: a page that declares UTF-16 in a meta tag is ASCII-compatible bytes anyway (HTML5 rule).
            return e is UnicodeEncoding ? Encoding.UTF8 : e;
        }
        // why: .NET knows some names it refuses to decode (UTF-7 throws NotSupportedException); found by afl-fuzz.
        // Such a page falls back to UTF-8 like an unknown charset.
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParam();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();
}

using System.IO.Compression;
using System.Text;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Turns the bytes of an .html/.htm/.html.gz file into text: gunzips (bounded), rejects binary data, and decodes by
/// BOM, then &lt;meta charset&gt; / http-equiv in the first 4 KB, else UTF-8. Failures come back as a message, never thrown.
/// </summary>
internal static class HtmlDecoder
{
    public static bool TryDecode(byte[] raw, long maxBytes, out string html, out string error)
    {
        html = string.Empty;
        byte[] bytes = raw;
        if (raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B)
        {
            if (!TryGunzip(raw, maxBytes, out bytes, out error))
                return false;
        }
        if (bytes.Length == 0)
        {
            error = "empty file";
            return false;
        }
        var (encoding, bomLength) = Detect(bytes);
        if (bomLength == 0 && LooksBinary(bytes))
        {
            error = "binary data, not HTML";
            return false;
        }
        html = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
        if (string.IsNullOrWhiteSpace(html))
        {
            error = "empty file (whitespace only)";
            return false;
        }
        error = string.Empty;
        return true;
    }

    private static bool TryGunzip(byte[] raw, long maxBytes, out byte[] bytes, out string error)
    {
        bytes = [];
        try
        {
            using var gz = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = gz.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > maxBytes)
                {
                    error = $"decompressed page larger than {maxBytes:N0} bytes";
                    return false;
                }
            }
            // why: GZipStream stops quietly at the end of a cut file; the trailer's ISIZE (length mod 2^32) exposes it.
            // (a file shorter than a gzip header and trailer, 18 bytes, is cut too: found by afl-fuzz, it used to read
            // the trailer before the length check and throw)
            if (raw.Length < 18 || BitConverter.ToUInt32(raw, raw.Length - 4) != (uint)output.Length)
            {
                error = "truncated or corrupt gzip: decompressed size does not match the gzip trailer";
                return false;
            }
            bytes = output.ToArray();
            error = string.Empty;
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            error = $"truncated or corrupt gzip: {ex.Message}";
            return false;
        }
    }

    internal static (Encoding Encoding, int BomLength) Detect(byte[] b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        var declared = DeclaredCharset(b);
        if (declared is not null && ByName(declared) is { } enc)
            return (enc, 0);
        return (new UTF8Encoding(false), 0);
    }

    private static Encoding? ByName(string name)
    {
        var n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (n is "utf-8" or "utf8")
            return new UTF8Encoding(false);
        // why: a page that says UTF-16 but has no BOM was transcoded on the way; its bytes are ASCII-compatible.
        if (n.StartsWith("utf-16", StringComparison.Ordinal))
            return new UTF8Encoding(false);
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(n) ?? Encoding.GetEncoding(n);
        }
        // why: .NET knows some names it refuses to decode (UTF-7 throws NotSupportedException); found by afl-fuzz.
        // Such a page falls back to UTF-8 like an unknown charset.
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The charset named by a meta tag in the first 4 KB, read as ASCII.</summary>
    internal static string? DeclaredCharset(byte[] b)
    {
        int len = Math.Min(b.Length, 4096);
        var head = Encoding.ASCII.GetString(b, 0, len);
        int at = 0;
        while ((at = head.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int i = at + 7;
            while (i < head.Length && head[i] is ' ') i++;
            if (i < head.Length && head[i] == '=')
            {
                i++;
                while (i < head.Length && head[i] is ' ' or '"' or '\'') i++;
                int start = i;
                while (i < head.Length && (char.IsLetterOrDigit(head[i]) || head[i] is '-' or '_' or ':' or '.')) i++;
                if (i > start)
                    return head[start..i];
            }
            at = i;
        }
        return null;
    }

    private static bool LooksBinary(byte[] b)
    {
        int len = Math.Min(b.Length, 4096);
        int bad = 0;
        for (int i = 0; i < len; i++)
        {
            byte c = b[i];
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) bad++;
        }
        return bad > Math.Max(4, len / 100);
    }
}

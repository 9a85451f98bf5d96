using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsLens.Ingest.Warc;

/// <summary>
/// Decodes the HTTP response in a WARC <c>response</c> block: status, headers, chunked transfer encoding,
/// gzip/deflate/br content encoding (bounded), and the charset (Content-Type header, else a BOM or a
/// <c>&lt;meta charset&gt;</c> in the first 4 KB, else UTF-8; undecodable bytes become U+FFFD).
/// </summary>
internal static class HttpResponseDecoder
{
    static HttpResponseDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static HttpResponse Decode(byte[] block, int maxBytes)
    {
        var span = block.AsSpan();
        if (!span.StartsWith("HTTP/"u8)) return new(null, "not an HTTP response", null);
        int headerEnd = span.IndexOf("\r\n\r\n"u8);
        int sepLen = 4;
        int lf = span.IndexOf("\n\n"u8);
        if (headerEnd < 0 || (lf >= 0 && lf < headerEnd)) { headerEnd = lf; sepLen = 2; }
        if (headerEnd < 0) return new(null, null, "HTTP response without an end of headers");
        var head = Encoding.Latin1.GetString(span[..headerEnd]).Split('\n');
        var status = head[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
            return new(null, null, $"malformed HTTP status line '{head[0].Trim()}'");
        if (code is < 200 or >= 300) return new(null, $"HTTP status {code}", null);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in head.Skip(1))
        {
            int colon = h.IndexOf(':');
            if (colon > 0) headers[h[..colon].Trim()] = h[(colon + 1)..].Trim();
        }
        byte[] body = block[(headerEnd + sepLen)..];
        string? contentType = headers.GetValueOrDefault("Content-Type");
        if (contentType is not null && !IsHtmlType(contentType)) return new(null, $"content type {contentType}", null);

        if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true
            && Dechunk(body) is { } plain)
            body = plain; // why: some archivers de-chunk the body but keep the header; then the raw body is used.
        string? encoding = headers.GetValueOrDefault("Content-Encoding")?.Trim().ToLowerInvariant();
        if (encoding is "gzip" or "x-gzip" or "deflate" or "br")
        {
            try
            {
                body = Decompress(body, encoding, maxBytes);
            }
            catch (InvalidDataException ex)
            {
                return new(null, null, $"cannot decode Content-Encoding {encoding}: {ex.Message}");
            }
        }
        if (contentType is null && !LooksLikeHtml(body)) return new(null, "no content type and not HTML", null);
        return new(HtmlCharset.Decode(body, contentType), null, null);
    }

    private static bool IsHtmlType(string contentType) =>
        contentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The de-chunked body, or null when <paramref name="body"/> is not validly chunked.</summary>
    internal static byte[]? Dechunk(byte[] body)
    {
        var output = new MemoryStream(body.Length);
        int p = 0;
        while (true)
        {
            int eol = body.AsSpan(p).IndexOf((byte)'\n');
            if (eol < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, p, eol).Trim();
            int semi = sizeText.IndexOf(';');
            if (semi >= 0) sizeText = sizeText[..semi].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size) || size < 0) return null;
            p += eol + 1;
            if (size == 0) return output.ToArray();
            if (p + size > body.Length) return null;
            output.Write(body, p, size);
            p += size;
            if (p < body.Length && body[p] == '\r') p++;
            if (p < body.Length && body[p] == '\n') p++;
        }
    }

    private static byte[] Decompress(byte[] body, string encoding, int maxBytes)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "deflate" => body.Length > 0 && (body[0] & 0x0F) == 8 ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress),
            _ => new GZipStream(input, CompressionMode.Decompress),
        };
        var output = new MemoryStream();
        var buf = new byte[1 << 15];
        int n;
        while ((n = decoder.Read(buf)) > 0)
        {
            // why: a small compressed body can expand to gigabytes (a zip bomb); stop at the record limit.
            if (output.Length + n > maxBytes) throw new InvalidDataException($"decompressed body exceeds {maxBytes:N0} bytes");
            output.Write(buf, 0, n);
        }
        return output.ToArray();
    }
}

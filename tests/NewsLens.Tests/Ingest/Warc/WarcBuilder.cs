using System.IO.Compression;
using System.Text;

namespace NewsLens.Tests.Ingest.Warc;

/// <summary>Writes small WARC files for tests: records as bytes, optionally each in its own gzip member.</summary>
internal static class WarcBuilder
{
    public static byte[] Record(string type, string uri, byte[] block, long? lyingLength = null, string? id = null)
    {
        string head = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            + $"WARC-Record-ID: <urn:uuid:{id ?? Guid.NewGuid().ToString()}>\r\nContent-Length: {lyingLength ?? block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Response(string uri, string html, string headers = "Content-Type: text/html; charset=utf-8\r\n", long? lyingLength = null, Encoding? encoding = null)
    {
        var body = (encoding ?? Encoding.UTF8).GetBytes(html);
        var block = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\n{headers}\r\n").Concat(body).ToArray();
        return Record("response", uri, block, lyingLength);
    }

    public static byte[] Page(int n) => Response($"https://news.test/{n}", $"<html><title>Story {n}</title><p>Story number {n} reports the facts.</p></html>");

    public static byte[] Gzip(byte[] data)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}

using System.Globalization;
using System.Text;

namespace NewsLens.Ingest.Warc;

/// <summary>
/// Cuts a decompressed WARC stream into records. Trusts Content-Length only as far as it checks out: after the block
/// must come the record end (CRLF CRLF) and then another record or the end of the input. When it does not (a lying
/// length, a truncated file, garbage between records) the record fails and parsing resyncs on the next line that
/// starts with "WARC/", looking first inside the bytes the bad length swallowed.
/// </summary>
internal sealed class WarcRecordParser(WarcByteSource src, int maxRecordBytes)
{
    private const int MaxHeaderLine = 1 << 16;
    private const int MaxHeaderBytes = 1 << 18;

    public IEnumerable<WarcParseResult> Parse()
    {
        long number = 0;
        while (true)
        {
            long offset;
            byte[]? line;
            do
            {
                offset = src.Position;
                line = src.ReadLine(MaxHeaderLine);
            }
            while (line is not null && line.AsSpan().Trim(" \t\r"u8).IsEmpty);
            if (line is null) yield break;
            if (!line.AsSpan().StartsWith("WARC/"u8))
            {
                yield return new(number + 1, offset, null, $"garbage at byte {offset:N0}: expected a WARC/1.x record header, skipping to the next record");
                if (!src.SkipToRecordStart(atLineStart: true)) yield break;
                continue;
            }
            number++;
            var headers = ReadHeaders(out string? headerError);
            if (headerError is not null)
            {
                yield return new(number, offset, null, headerError);
                if (!src.SkipToRecordStart(atLineStart: true)) yield break;
                continue;
            }
            if (!headers.TryGetValue("Content-Length", out var lenText)
                || !long.TryParse(lenText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            {
                yield return new(number, offset, null, $"record {number} at byte {offset:N0}: missing or invalid Content-Length '{lenText}'");
                if (!src.SkipToRecordStart(atLineStart: true)) yield break;
                continue;
            }
            bool isResponse = string.Equals(headers.GetValueOrDefault("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase);
            string where = $"record {number} at byte {offset:N0}";
            if (length > maxRecordBytes)
            {
                // why: too big to buffer; skip it streaming and trust the length, checked by the record end below.
                if (isResponse) yield return new(number, offset, null, $"{where}: block of {length:N0} bytes exceeds the limit of {maxRecordBytes:N0}");
                long skipped = src.Skip(length);
                if (skipped < length)
                {
                    yield return new(number, offset, null, $"{where}: truncated: Content-Length {length:N0} but the input ends after {skipped:N0} bytes");
                    yield break;
                }
                if (!CheckRecordEnd(out var after))
                {
                    yield return new(number, offset, null, $"{where}: Content-Length {length:N0} does not match: no record end after the block; resyncing");
                    src.PushBack(after);
                    if (!src.SkipToRecordStart(atLineStart: false)) yield break;
                }
                continue;
            }
            var block = new byte[length];
            int got = src.ReadFull(block);
            if (got < length)
            {
                yield return new(number, offset, null, $"{where}: truncated: Content-Length {length:N0} but the input ends after {got:N0} bytes");
                int next = FindRecordStart(block.AsSpan(0, got));
                if (next < 0) yield break;
                src.PushBack(block.AsSpan(next, got - next));
                continue;
            }
            int overrun = FindOverrun(block);
            if (!CheckRecordEnd(out var tail) || overrun >= 0)
            {
                yield return new(number, offset, null, overrun >= 0
                    ? $"{where}: Content-Length {length:N0} overruns into the next record; resyncing"
                    : $"{where}: Content-Length {length:N0} does not match: no record end after the block; resyncing");
                src.PushBack(tail);
                int next = overrun >= 0 ? overrun : FindRecordStart(block);
                if (next >= 0) src.PushBack(block.AsSpan(next));
                else if (!src.SkipToRecordStart(atLineStart: false)) yield break;
                continue;
            }
            yield return new(number, offset, new WarcRecord(number, offset, headers, block), null);
        }
    }

    private Dictionary<string, string> ReadHeaders(out string? error)
    {
        error = null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        int total = 0;
        while (true)
        {
            var line = src.ReadLine(MaxHeaderLine);
            if (line is null) { error = "truncated: the input ends inside the record headers"; return headers; }
            if (line.Length == 0) return headers;
            total += line.Length;
            if (total > MaxHeaderBytes) { error = $"record headers longer than {MaxHeaderBytes:N0} bytes"; return headers; }
            string text = Encoding.UTF8.GetString(line);
            if (text[0] is ' ' or '\t' && last is not null) { headers[last] += " " + text.Trim(); continue; }
            int colon = text.IndexOf(':');
            if (colon <= 0) { error = $"malformed record header line '{Shorten(text)}'"; return headers; }
            last = text[..colon].Trim();
            headers[last] = text[(colon + 1)..].Trim();
        }
    }

    // why: writers end a record with CRLF CRLF; accept any 1-4 line-end bytes followed by the next record or EOF.
    private bool CheckRecordEnd(out byte[] consumed)
    {
        var bytes = new List<byte>(9);
        int b;
        while (bytes.Count < 4 && (b = src.Peek()) is '\r' or '\n') bytes.Add((byte)src.ReadByte());
        Span<byte> next = stackalloc byte[5];
        int n = src.ReadFull(next);
        src.PushBack(next[..n]);
        consumed = [.. bytes];
        // why: a full CRLF CRLF is a record end even when garbage follows (reported by the next header read);
        // a shorter end is accepted only before another record or the end of the input.
        if (n == 0 || bytes.Count == 4) return true;
        return bytes.Count >= 2 && next[..n].SequenceEqual("WARC/"u8);
    }

    private static int FindRecordStart(ReadOnlySpan<byte> block)
    {
        int from = 0;
        while (true)
        {
            int i = block[from..].IndexOf("\nWARC/"u8);
            if (i < 0) return -1;
            int at = from + i + 1;
            if (at + 5 < block.Length && char.IsAsciiDigit((char)block[at + 5])) return at;
            from = at;
        }
    }

    // why: a length that swallows the next record and ends exactly on its record end passes the end check; the
    // next record's header line followed by WARC-* fields inside the block gives it away.
    private static int FindOverrun(ReadOnlySpan<byte> block)
    {
        int from = 0;
        while (true)
        {
            int i = block[from..].IndexOf("\r\n\r\nWARC/1."u8);
            if (i < 0) return -1;
            int at = from + i + 4;
            var window = block.Slice(at, Math.Min(400, block.Length - at));
            if (window.IndexOf("\r\nWARC-Type:"u8) >= 0 || window.IndexOf("\r\nWARC-Record-ID:"u8) >= 0) return at;
            from = at;
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "...";
}

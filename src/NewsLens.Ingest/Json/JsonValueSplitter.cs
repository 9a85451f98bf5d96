using System.Buffers;
using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Json;

/// <summary>One top-level JSON value (or element of a top-level array) cut out of a stream: valid until the next one.</summary>
internal readonly record struct JsonChunk(long Number, long Offset, ReadOnlyMemory<byte> Bytes, bool InArray, string? Error);

/// <summary>
/// Cuts a JSON stream into records without parsing it: a top-level array yields its elements, anything else yields
/// each top-level value (a single object, or concatenated objects). Only brackets, strings and escapes are tracked,
/// so memory holds one record at a time and a malformed record costs only itself: the scan carries on at the next
/// element. Records over the size or depth limit are skipped to their end and reported with an error.
/// </summary>
internal sealed class JsonValueSplitter(Stream stream, int maxRecordBytes, int maxDepth)
{
    private readonly byte[] _buf = new byte[InputFiles.BufferSizeFor(stream)];
    private int _pos, _len;
    private long _offset; // stream offset of _buf[0]

    public IEnumerable<JsonChunk> Split()
    {
        var record = new ArrayBufferWriter<byte>(1 << 12);
        long number = 0;
        int arrayDepth = 0; // 1 inside a top-level array
        while (true)
        {
            int b = Next();
            if (b < 0) break;
            if (IsSpace(b)) continue;
            if (arrayDepth == 0 && b == '[') { arrayDepth = 1; continue; }
            if (arrayDepth == 1 && b == ',') continue;
            if (arrayDepth == 1 && b == ']') { arrayDepth = 0; continue; }

            long start = _offset + _pos - 1;
            number++;
            record.Clear();
            string? error = ScanValue(b, record);
            yield return new JsonChunk(number, start, record.WrittenMemory, arrayDepth == 1, error);
            if (error is not null && error.StartsWith(TruncatedPrefix, StringComparison.Ordinal)) yield break;
        }
        if (arrayDepth == 1)
            yield return new JsonChunk(number + 1, _offset + _pos, ReadOnlyMemory<byte>.Empty, true, $"{TruncatedPrefix}: the input ends before the closing ']'");
    }

    public const string TruncatedPrefix = "truncated JSON";

    private string? ScanValue(int first, ArrayBufferWriter<byte> record)
    {
        bool tooLong = false, tooDeep = false;
        if (first is not ('{' or '[' or '"'))
        {
            // why: a scalar (number, literal, garbage) ends before the next separator, which the caller must still see.
            Append(record, first, ref tooLong);
            while (!IsScalarEnd(Peek())) Append(record, Next(), ref tooLong);
            return tooLong ? TooLong() : null;
        }
        // why: jump between structural bytes with vectorised searches and copy the runs between them in bulk;
        // a byte-at-a-time loop made large arrays the slowest input.
        int depth = 0;
        bool inString = false, escape = false;
        _pos--; // re-read the first byte in the loop below
        while (true)
        {
            if (_pos == _len && !Fill()) return $"{TruncatedPrefix}: the input ends inside a value";
            var span = _buf.AsSpan(_pos, _len - _pos);
            if (escape)
            {
                escape = false;
                Append(record, span[..1], ref tooLong, tooDeep);
                _pos++;
                continue;
            }
            int k = inString ? span.IndexOfAny(StringStops) : span.IndexOfAny(Structural);
            if (k < 0)
            {
                Append(record, span, ref tooLong, tooDeep);
                _pos = _len;
                continue;
            }
            byte b = span[k];
            Append(record, span[..(k + 1)], ref tooLong, tooDeep);
            _pos += k + 1;
            if (inString)
            {
                if (b == '\\') escape = true;
                else inString = false;
            }
            else if (b == '"') inString = true;
            else if (b is (byte)'{' or (byte)'[') { if (++depth > maxDepth) tooDeep = true; }
            else if (--depth <= 0) break;
            if (!inString && depth <= 0) break;
        }
        if (tooDeep) return $"nested deeper than {maxDepth} levels";
        return tooLong ? TooLong() : null;
    }

    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\"u8);

    private void Append(ArrayBufferWriter<byte> record, ReadOnlySpan<byte> bytes, ref bool tooLong, bool tooDeep)
    {
        if (tooLong || tooDeep) return;
        if (record.WrittenCount + bytes.Length > maxRecordBytes) { tooLong = true; return; }
        record.Write(bytes);
    }

    private void Append(ArrayBufferWriter<byte> record, int b, ref bool tooLong)
    {
        if (tooLong) return;
        if (record.WrittenCount >= maxRecordBytes) { tooLong = true; return; }
        record.GetSpan(1)[0] = (byte)b;
        record.Advance(1);
    }

    private string TooLong() => $"record too long: over {maxRecordBytes:N0} bytes";

    private static bool IsScalarEnd(int b) => b < 0 || b is ' ' or '\t' or '\r' or '\n' || b is ',' or ']' or '}' or '{' or '[';

    // why: the UTF-8 byte-order mark bytes are skipped between records like whitespace, so a BOM never becomes a record.
    private static bool IsSpace(int b) => b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF;

    private int Next()
    {
        if (_pos == _len && !Fill()) return -1;
        return _buf[_pos++];
    }

    private int Peek()
    {
        if (_pos == _len && !Fill()) return -1;
        return _buf[_pos];
    }

    private bool Fill()
    {
        _offset += _len;
        _pos = 0;
        _len = stream.Read(_buf, 0, _buf.Length);
        return _len > 0;
    }
}

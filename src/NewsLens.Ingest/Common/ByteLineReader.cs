namespace NewsLens.Ingest.Common;

/// <summary>One line of a <see cref="ByteLineReader"/>: valid until the next read.</summary>
internal readonly record struct ByteLine(ReadOnlyMemory<byte> Bytes, long Number, long Offset, long Length, bool TooLong);

/// <summary>
/// Splits a byte stream into lines ('\n', with a trailing '\r' dropped) holding at most one line in memory.
/// A line longer than the limit is skipped to its end and reported with <see cref="ByteLine.TooLong"/>, so memory
/// stays bounded on a multi-gigabyte line.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int maxLineBytes)
{
    private byte[] _buf = new byte[Math.Min(InputFiles.BufferSizeFor(stream), maxLineBytes + 1)];
    private int _start, _end, _scan;
    private bool _eof;
    private long _lineNumber;
    private long _bufOffset; // stream offset of _buf[0]

    public bool TryRead(out ByteLine line)
    {
        while (true)
        {
            int nl = _buf.AsSpan(_scan, _end - _scan).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                int lineEnd = _scan + nl;
                line = Make(_start, lineEnd);
                _start = _scan = lineEnd + 1;
                return true;
            }
            _scan = _end;
            if (_eof)
            {
                if (_start >= _end) { line = default; return false; }
                line = Make(_start, _end);
                _start = _scan = _end;
                return true;
            }
            if (_end - _start > maxLineBytes)
            {
                line = SkipLongLine();
                return true;
            }
            Fill();
        }
    }

    private ByteLine Make(int from, int to)
    {
        int contentEnd = to > from && _buf[to - 1] == (byte)'\r' ? to - 1 : to;
        return new ByteLine(_buf.AsMemory(from, contentEnd - from), ++_lineNumber, _bufOffset + from, to - from, false);
    }

    private ByteLine SkipLongLine()
    {
        long offset = _bufOffset + _start;
        long length = _end - _start;
        while (true)
        {
            _bufOffset += _end;
            _start = _scan = _end = 0;
            if (_eof) break;
            Fill();
            int nl = _buf.AsSpan(0, _end).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                length += nl;
                _start = _scan = nl + 1;
                break;
            }
            length += _end;
        }
        return new ByteLine(ReadOnlyMemory<byte>.Empty, ++_lineNumber, offset, length, true);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            // why: compact instead of growing, so the buffer only grows for genuinely long lines.
            _buf.AsSpan(_start, _end - _start).CopyTo(_buf);
            _bufOffset += _start;
            _scan -= _start;
            _end -= _start;
            _start = 0;
        }
        if (_end == _buf.Length)
            Array.Resize(ref _buf, (int)Math.Min((long)_buf.Length * 2, maxLineBytes + 1L + (1 << 16)));
        int n = stream.Read(_buf, _end, _buf.Length - _end);
        if (n == 0) _eof = true;
        _end += n;
    }
}

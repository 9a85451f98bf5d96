namespace NewsLens.Ingest.Warc;

/// <summary>
/// Buffered forward reader over a (decompressed) WARC byte stream, with push-back so the parser can re-read bytes
/// after finding that a record's declared length was wrong. <see cref="Position"/> counts bytes of the stream.
/// </summary>
internal sealed class WarcByteSource(Stream stream)
{
    private readonly byte[] _buf = new byte[1 << 16];
    private int _pos, _len;
    private byte[] _back = [];
    private int _backPos;

    /// <summary>Offset in the stream of the next byte to read.</summary>
    public long Position { get; private set; }

    public int ReadByte()
    {
        if (_backPos < _back.Length) { Position++; return _back[_backPos++]; }
        if (_pos == _len && !Fill()) return -1;
        Position++;
        return _buf[_pos++];
    }

    public int Peek()
    {
        if (_backPos < _back.Length) return _back[_backPos];
        if (_pos == _len && !Fill()) return -1;
        return _buf[_pos];
    }

    /// <summary>Reads up to <paramref name="into"/>.Length bytes; fewer only at the end of the stream.</summary>
    public int ReadFull(Span<byte> into)
    {
        int total = 0;
        while (total < into.Length)
        {
            int n;
            if (_backPos < _back.Length)
            {
                n = Math.Min(into.Length - total, _back.Length - _backPos);
                _back.AsSpan(_backPos, n).CopyTo(into[total..]);
                _backPos += n;
            }
            else
            {
                if (_pos == _len && !Fill()) break;
                n = Math.Min(into.Length - total, _len - _pos);
                _buf.AsSpan(_pos, n).CopyTo(into[total..]);
                _pos += n;
            }
            total += n;
            Position += n;
        }
        return total;
    }

    /// <summary>Discards up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        Span<byte> scratch = stackalloc byte[4096];
        long done = 0;
        while (done < count)
        {
            int n = ReadFull(scratch[..(int)Math.Min(scratch.Length, count - done)]);
            if (n == 0) break;
            done += n;
        }
        return done;
    }

    /// <summary>
    /// Reads a line without its "\r\n" or "\n". Returns null at the end of the stream; a line longer than
    /// <paramref name="maxBytes"/> is cut there (the rest stays unread).
    /// </summary>
    public byte[]? ReadLine(int maxBytes)
    {
        var line = new List<byte>(128);
        int b;
        while ((b = ReadByte()) >= 0)
        {
            if (b == '\n') break;
            line.Add((byte)b);
            if (line.Count >= maxBytes) break;
        }
        if (b < 0 && line.Count == 0) return null;
        if (line.Count > 0 && line[^1] == '\r') line.RemoveAt(line.Count - 1);
        return [.. line];
    }

    /// <summary>Makes <paramref name="bytes"/> the next bytes read (before anything pushed back earlier).</summary>
    public void PushBack(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        var joined = new byte[bytes.Length + _back.Length - _backPos];
        bytes.CopyTo(joined);
        _back.AsSpan(_backPos).CopyTo(joined.AsSpan(bytes.Length));
        _back = joined;
        _backPos = 0;
        Position -= bytes.Length;
    }

    /// <summary>
    /// Skips forward to the next line that starts with "WARC/" and leaves it unread. Returns false at the end of the
    /// stream. Memory stays constant however far the next record is.
    /// </summary>
    public bool SkipToRecordStart(bool atLineStart)
    {
        ReadOnlySpan<byte> magic = "WARC/"u8;
        int matched = 0;
        int b;
        while ((b = ReadByte()) >= 0)
        {
            if (atLineStart || matched > 0)
            {
                if (b == magic[matched])
                {
                    if (++matched == magic.Length) { PushBack(magic); return true; }
                    continue;
                }
                matched = 0;
                atLineStart = false;
            }
            if (b == '\n') atLineStart = true;
        }
        return false;
    }

    private bool Fill()
    {
        _pos = 0;
        _len = stream.Read(_buf, 0, _buf.Length);
        return _len > 0;
    }
}

namespace NewsLens.Ingest.Common;

/// <summary>
/// Forwards reads to an inner stream in slices of at most <c>maxRead</c> bytes and tracks where they came from, so
/// a decompressor's read-ahead, and thus the uncertainty about where it stopped, stays small.
/// </summary>
internal sealed class CountingStream(Stream inner, int maxRead) : Stream
{
    /// <summary>Offset in the inner stream after the last read.</summary>
    public long Consumed { get; private set; }

    /// <summary>Offset in the inner stream where the last non-empty read began.</summary>
    public long LastReadStart { get; private set; }

    /// <summary>True once the inner stream reported its end.</summary>
    public bool SawEnd { get; private set; }

    public void Restart(long position)
    {
        Consumed = LastReadStart = position;
        SawEnd = false;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer[..Math.Min(buffer.Length, maxRead)]);
        if (n == 0) SawEnd = true;
        else
        {
            LastReadStart = Consumed;
            Consumed += n;
        }
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Consumed; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

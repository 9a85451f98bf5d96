namespace NewsLens.Ingest.Common;

/// <summary>
/// A read-only forward stream whose first bytes were read ahead into <see cref="Head"/> for sniffing and are
/// replayed before the rest of the inner stream. Works on unseekable inputs such as stdin.
/// </summary>
internal sealed class PeekStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _ownsInner;
    private readonly byte[] _head;
    private int _headPos;
    private long _position;

    public PeekStream(Stream inner, int peekBytes, bool ownsInner = true)
    {
        _inner = inner;
        _ownsInner = ownsInner;
        var buf = new byte[peekBytes];
        int n = 0;
        while (n < buf.Length)
        {
            int r = inner.Read(buf, n, buf.Length - n);
            if (r == 0) break;
            n += r;
        }
        _head = n == buf.Length ? buf : buf[..n];
    }

    /// <summary>The first bytes of the stream (fewer than asked when the stream is shorter).</summary>
    public ReadOnlySpan<byte> Head => _head;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (_headPos < _head.Length)
        {
            n = Math.Min(buffer.Length, _head.Length - _headPos);
            _head.AsSpan(_headPos, n).CopyTo(buffer);
            _headPos += n;
        }
        else n = _inner.Read(buffer);
        _position += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsInner) _inner.Dispose();
        base.Dispose(disposing);
    }
}

using System.IO.Compression;

namespace NewsLens.Ingest.Common;

/// <summary>
/// Decompresses multi-member gzip (one member per record, as WARC.gz writes it) and survives damage: corrupt deflate
/// data, or bytes that are not a gzip member, are recorded in <see cref="TakeErrors"/> with their compressed offset,
/// and decompression resumes at the next offset where a member starts whose first bytes satisfy
/// <c>isRecordStart</c>. Resuming needs a seekable input; on a pipe the stream ends at the damage.
/// The output jumps over the damaged part, with a CRLF inserted at the cut; the caller's own record checks notice
/// the cut. Not thread-safe.
/// </summary>
internal sealed class ResilientGzipStream : Stream
{
    private const int SliceBytes = 4096;
    private const int PeekBytes = 16;
    private readonly Stream _file;
    private readonly CountingStream _counter;
    private readonly Func<ReadOnlySpan<byte>, bool> _isRecordStart;
    private readonly List<string> _errors = [];
    private GZipStream _gz;
    private byte[] _pending = [];
    private int _pendingPos;
    private string? _lastError;
    private long _floor; // never resume at or before this compressed offset again: guarantees progress

    public ResilientGzipStream(Stream file, Func<ReadOnlySpan<byte>, bool> isRecordStart)
    {
        _file = file;
        _isRecordStart = isRecordStart;
        _counter = new CountingStream(file, SliceBytes);
        _gz = new GZipStream(_counter, CompressionMode.Decompress, leaveOpen: true);
    }

    /// <summary>Damage found since the last call, oldest first.</summary>
    public IReadOnlyList<string> TakeErrors()
    {
        if (_errors.Count == 0) return [];
        var copy = _errors.ToArray();
        _errors.Clear();
        return copy;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        while (true)
        {
            // why: after a resync the first bytes of the new member were read to validate it; they come first.
            if (_pendingPos < _pending.Length)
            {
                int k = Math.Min(buffer.Length, _pending.Length - _pendingPos);
                _pending.AsSpan(_pendingPos, k).CopyTo(buffer);
                _pendingPos += k;
                return k;
            }
            int n;
            try
            {
                n = _gz.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                AddError($"corrupt gzip data near compressed byte {_counter.Consumed:N0}: {ex.Message}");
                if (!Resume()) return 0;
                continue;
            }
            if (n > 0) return n;
            // why: GZipStream ends quietly when the bytes after a member are not another member; more input means damage.
            if (_counter.SawEnd || !HasMoreInput()) return 0;
            AddError($"bytes that are not a gzip member near compressed byte {_counter.Consumed:N0}");
            if (!Resume()) return 0;
        }
    }

    // why: resuming may decode the damaged region's neighbour twice and meet the same damage again; say it once.
    private void AddError(string message)
    {
        if (message == _lastError) return;
        _lastError = message;
        _errors.Add(message);
    }

    private bool HasMoreInput()
    {
        if (_file.CanSeek) return _counter.Consumed < _file.Length;
        Span<byte> one = stackalloc byte[1];
        return _counter.Read(one) > 0;
    }

    // why: the damage lies in the last two slices read; a member starting there may already have been decoded, so
    // the caller must tolerate a repeated record (WARC readers skip a repeated WARC-Record-ID).
    private bool Resume()
    {
        if (!_file.CanSeek)
        {
            _errors.Add("input is not seekable: cannot resync after the damage, the rest is not read");
            return false;
        }
        long from = Math.Max(_floor, _counter.LastReadStart - SliceBytes);
        while (FindMagic(from) is long candidate and >= 0)
        {
            _floor = candidate + 1;
            from = candidate + 1;
            _file.Position = candidate;
            _counter.Restart(candidate);
            var gz = new GZipStream(_counter, CompressionMode.Decompress, leaveOpen: true);
            var head = new byte[PeekBytes];
            int got = 0;
            try
            {
                int n;
                while (got < head.Length && (n = gz.Read(head, got, head.Length - got)) > 0) got += n;
            }
            catch (InvalidDataException)
            {
                gz.Dispose();
                continue;
            }
            if (got == 0 || !_isRecordStart(head.AsSpan(0, got)))
            {
                gz.Dispose();
                continue;
            }
            _gz.Dispose();
            _gz = gz;
            // why: a line break marks the cut, so a line-oriented reader finds the resumed record at a line start.
            _pending = [(byte)'\r', (byte)'\n', .. head.AsSpan(0, got)];
            _pendingPos = 0;
            return true;
        }
        return false;
    }

    private long FindMagic(long from)
    {
        var buf = new byte[1 << 16];
        long pos = from;
        while (true)
        {
            _file.Position = pos;
            int n = _file.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
            if (n < 4) return -1;
            var span = buf.AsSpan(0, n);
            int i = 0;
            while (true)
            {
                int k = span[i..].IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]);
                if (k < 0 || i + k + 3 >= n) break;
                i += k;
                if ((span[i + 3] & 0xE0) == 0) return pos + i; // reserved flag bits clear
                i++;
            }
            if (n < buf.Length) return -1;
            pos += n - 3;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // why: the input stream belongs to the caller; only the decompressor is ours.
        if (disposing) _gz.Dispose();
        base.Dispose(disposing);
    }
}

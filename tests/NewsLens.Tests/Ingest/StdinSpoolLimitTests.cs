using System.IO.Compression;
using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Common;

namespace NewsLens.Tests.Ingest;

public class StdinSpoolLimitTests
{
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override int Read(byte[] buffer, int offset, int count) { int n = inner.Read(buffer, offset, count); BytesRead += n; return n; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void Gzip_html_on_a_stream_is_refused_once_it_inflates_past_the_limit_without_reading_the_rest()
    {
        var compressed = new MemoryStream();
        using (var gz = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes("<html><body><p>"));
            var block = Encoding.UTF8.GetBytes(new string('a', 1 << 20));
            for (int i = 0; i < 64; i++) gz.Write(block); // 64 MB inflated
        }
        var input = new CountingStream(new MemoryStream(compressed.ToArray()));
        var registry = new ReaderRegistry(new FakeHtmlExtractor(), new ReaderLimits { MaxRecordChars = 100_000 });
        var items = registry.Read(input, "-", "html").ToList();
        var failure = Assert.Single(items);
        Assert.Equal("-", failure.Location);
        Assert.Contains("record too long", failure.Error);
        Assert.InRange(input.BytesRead, 0, compressed.Length / 4);
    }
}

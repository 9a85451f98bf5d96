using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Common;
using NewsLens.Ingest.Text;

namespace NewsLens.Tests.Ingest.Text;

public sealed class PlainTextReaderTests
{
    private const string Titled = "Council backs new bridge\n\nThe council voted on Monday.\r\nWork starts in May.\n";

    [Fact]
    public void A_first_line_followed_by_a_blank_line_becomes_the_title_and_the_body_is_kept_byte_for_byte()
    {
        var item = new PlainTextReader().FromText(Titled, "a.txt", "a");
        Assert.True(item.IsOk);
        Assert.Equal("Council backs new bridge", item.Article!.Metadata.Title);
        Assert.Equal("The council voted on Monday.\r\nWork starts in May.\n", item.Article.Text);
    }

    [Fact]
    public void Keeping_the_title_in_the_text_makes_offsets_equal_file_offsets()
    {
        var reader = new PlainTextReader(new TextReaderOptions { KeepTitleInText = true });
        var item = reader.FromText(Titled, "a.txt", "a");
        Assert.Equal(Titled, item.Article!.Text);
        Assert.Equal("Council backs new bridge", item.Article.Metadata.Title);
    }

    [Theory]
    [InlineData("One line only.")]
    [InlineData("First line\nsecond line without a blank line between.")]
    [InlineData("Title then nothing\n\n   \n")]
    public void Without_a_title_block_the_whole_text_is_the_body(string text)
    {
        var item = new PlainTextReader().FromText(text, "a.txt", "a");
        Assert.True(item.IsOk);
        Assert.Null(item.Article!.Metadata.Title);
        Assert.Equal(text, item.Article.Text);
    }

    [Fact]
    public void A_title_block_with_several_blank_lines_starts_the_body_at_its_first_text_line()
    {
        var item = new PlainTextReader().FromText("Title\r\n\r\n \r\n  Body starts here.", "a.txt", "a");
        Assert.Equal("  Body starts here.", item.Article!.Text);
    }

    [Fact]
    public void An_empty_file_fails_with_empty_input()
    {
        using var dir = new TempDir();
        var item = new PlainTextReader().Read(dir.File("empty.txt", ""), default).Single();
        Assert.False(item.IsOk);
        Assert.Contains("empty input", item.Error);
        Assert.EndsWith("empty.txt", item.Location);
    }

    [Fact]
    public void A_binary_file_fails_as_binary()
    {
        using var dir = new TempDir();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var item = new PlainTextReader().Read(dir.File("noise.txt", bytes), default).Single();
        Assert.False(item.IsOk);
        Assert.Contains("binary", item.Error);
    }

    [Fact]
    public void Invalid_utf8_bytes_are_replaced_and_the_text_is_still_read()
    {
        using var dir = new TempDir();
        var bytes = Encoding.UTF8.GetBytes("Caf\u00e9 owners say prices rose ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" again.")).ToArray();
        var item = new PlainTextReader().Read(dir.File("latin.txt", bytes), default).Single();
        Assert.True(item.IsOk, item.Error);
        Assert.Contains('\uFFFD', item.Article!.Text);
        Assert.StartsWith("Caf\u00e9 owners", item.Article.Text);
    }

    [Fact]
    public void A_50_MB_file_fails_as_too_long_without_being_read()
    {
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(50L * 1024 * 1024);
        var item = new PlainTextReader().Read(path, default).Single();
        Assert.False(item.IsOk);
        Assert.Contains("too long", item.Error);
    }

    [Fact]
    public void A_text_over_the_char_limit_fails_as_too_long()
    {
        var reader = new PlainTextReader(new TextReaderOptions { Limits = new ReaderLimits { MaxRecordChars = 100 } });
        var item = reader.ReadText(new StringReader(new string('a', 101)), "stdin");
        Assert.False(item.IsOk);
        Assert.Contains("too long", item.Error);
    }

    [Fact]
    public void ReadText_reads_any_text_reader_and_names_the_article_after_the_given_name()
    {
        var item = new PlainTextReader().ReadText(new StringReader(Titled), "notes/today.txt");
        Assert.Equal("today", item.Article!.Id);
        Assert.Equal("notes/today.txt", item.Location);
    }

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_decoded()
    {
        using var dir = new TempDir();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hello there.\n")).ToArray();
        var item = new PlainTextReader().Read(dir.File("u16.txt", bytes), default).Single();
        Assert.True(item.IsOk, item.Error);
        Assert.Equal("Hello there.\n", item.Article!.Text);
    }
}

using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Csv;

namespace NewsLens.Tests.Ingest.Csv;

public sealed class CsvArticleReaderTests
{
    private static List<ReadItem> Read(string csv, CsvReaderOptions? options = null) =>
        new CsvArticleReader(null, options).Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "in.csv", default).ToList();

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var a = Read("id,headline,body,link\r\n7,\"Vote, again\",\"He said \"\"no\"\".\nThen left.\",https://x.test/7\r\n").Single(ok: true).Article!;
        Assert.Equal("7", a.Id);
        Assert.Equal("Vote, again", a.Metadata.Title);
        Assert.Equal("He said \"no\".\nThen left.", a.Text);
        Assert.Equal("https://x.test/7", a.Metadata.Url);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void The_delimiter_is_detected_from_the_header(char d)
    {
        var a = Read($"title{d}text{d}date\nT{d}Body, with a comma.{d}2020-01-02\n").Single(ok: true).Article!;
        Assert.Equal("Body, with a comma.", a.Text);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero), a.Metadata.Published);
    }

    [Fact]
    public void A_byte_order_mark_does_not_hide_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("text,source\nHello.,Daily\n")).ToArray();
        var a = new CsvArticleReader().Read(new MemoryStream(bytes), "bom.csv", default).Single(ok: true).Article!;
        Assert.Equal("Hello.", a.Text);
        Assert.Equal("Daily", a.Metadata.SiteName);
    }

    [Fact]
    public void A_stray_quote_fails_its_record_naming_the_line_and_the_next_records_still_read()
    {
        var items = Read("id,text\n1,\"fine\"\n2,\"broken\" here\n3,also fine\n");
        Assert.Equal(["fine", "also fine"], items.Articles().Select(a => a.Text));
        var fail = items.Single(ok: false);
        Assert.Equal("in.csv:3", fail.Location);
        Assert.Contains("after a closing quote", fail.Error);
    }

    [Fact]
    public void An_unterminated_quote_fails_and_the_lines_it_swallowed_are_read_again()
    {
        var items = Read("id,text\n1,\"never closed\n2,second\n3,third\n");
        Assert.Equal("in.csv:2", items[0].Location);
        Assert.Contains("unterminated", items[0].Error);
        Assert.Equal(["second", "third"], items.Articles().Select(a => a.Text));
    }

    [Fact]
    public void A_row_with_the_wrong_field_count_fails()
    {
        var items = Read("id,text\n1,a,b\n2,ok\n");
        Assert.Contains("expected 2 fields", items[0].Error);
        Assert.True(items[1].IsOk);
    }

    [Fact]
    public void Quotes_inside_unquoted_fields_are_literal()
    {
        var a = Read("text\nHe is 6'2\" tall.\n").Single(ok: true).Article!;
        Assert.Equal("He is 6'2\" tall.", a.Text);
    }

    [Fact]
    public void A_header_without_a_text_column_fails_the_file_once()
    {
        var item = Read("name,age\nAnn,3\n").Single();
        Assert.Contains("no text column", item.Error);
    }

    [Fact]
    public void Empty_input_fails_once() => Assert.Equal("empty input", Read("").Single().Error);

    [Fact]
    public void Binary_noise_never_crashes_and_yields_only_failures()
    {
        var bytes = new byte[20_000];
        new Random(3).NextBytes(bytes);
        var items = new CsvArticleReader().Read(new MemoryStream(bytes), "noise.csv", default).ToList();
        Assert.All(items, i => Assert.False(i.IsOk));
    }

    [Fact]
    public void Blank_lines_between_records_are_skipped()
    {
        var items = Read("text\n\nOne.\n\n\nTwo.\n");
        Assert.Equal(["One.", "Two."], items.Articles().Select(a => a.Text));
        Assert.Empty(items.Failures());
    }
}

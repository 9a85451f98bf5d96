using NewsLens.Reports.Comparison;
using NewsLens.Text;

namespace NewsLens.Tests.Reports.Comparison;

public class ComparisonWriterTests
{
    private static ComparisonReport Report() => new("1.0", new ComparedText("a<b>", null), new ComparedText("src", null), "fast", 1, 1,
    [
        new ReportedDiscrepancy("number-inflated", new TextSpan(4, 13), new TextSpan(4, 12), "thousands", "some 300", "It grew.",
            new TextSpan(0, 28), "Why thousands | <marched>?", new TextSpan(0, 27), "Why some 300 | <marched>?"),
    ]);

    private static string Render(string format)
    {
        var w = new StringWriter();
        ComparisonWriters.Get(format).Write(w, Report());
        return w.ToString();
    }

    [Fact]
    public void Html_marks_the_changed_item_in_each_passage_and_escapes_the_text()
    {
        var html = Render("html");
        Assert.Contains("Why <mark>thousands</mark> | &lt;marched&gt;?", html);
        Assert.Contains("Why <mark>some 300</mark> | &lt;marched&gt;?", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void Markdown_bolds_the_changed_item_and_escapes_table_bars()
    {
        var md = Render("md");
        Assert.Contains("| number-inflated | Why **thousands** \\| <marched>? | Why **some 300** \\| <marched>? | It grew. |", md);
    }

    [Fact]
    public void Every_format_is_found_by_its_name_and_an_unknown_one_is_refused()
    {
        Assert.Equal(["text", "json", "md", "html"], ComparisonWriters.Names);
        Assert.Throws<ArgumentException>(() => ComparisonWriters.Get("xml"));
    }
}

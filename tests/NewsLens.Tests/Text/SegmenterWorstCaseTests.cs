using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class SegmenterWorstCaseTests
{
    [Fact]
    public void A_url_ending_in_a_hundred_thousand_closing_brackets_is_trimmed_in_a_bounded_number_of_steps()
    {
        string text = "See http://example.org/a" + new string(')', 100_000) + " now.";
        Segmentation seg = null!;
        long steps = WorkMeter.Measure(() => seg = Segmenter.Default.Segment(text));
        Assert.InRange(steps, 0, 4L * text.Length);
        Assert.Contains(seg.Tokens, t => t.Kind == TokenKind.Url && text[t.Start..t.End] == "http://example.org/a");
    }
}

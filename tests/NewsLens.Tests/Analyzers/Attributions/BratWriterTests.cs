using NewsLens.Analyzers.Attributions;
using NewsLens.Training.Attributions;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Attributions;

public class BratWriterTests
{
    [Fact]
    public void Written_relations_read_back_with_the_same_spans_even_after_an_emoji()
    {
        const string text = "😀 “It is over,” he said, “and we lost.”";
        int he = text.IndexOf("he", StringComparison.Ordinal), said = text.IndexOf("said", StringComparison.Ordinal);
        var a = new Attribution(new TextSpan(he, he + 2), new TextSpan(said, said + 4), new TextSpan(3, text.Length),
            [new TextSpan(3, 16), new TextSpan(text.IndexOf("“and", StringComparison.Ordinal), text.Length)],
            AttributionKind.Direct, null, false, 1);
        string ann = BratWriter.Write(text, [a]);

        // The emoji is two UTF-16 units but one code point: brat offsets are one less than the UTF-16 ones.
        Assert.Contains($"T1\tSource {he - 1} {he + 1}\the\n", ann, StringComparison.Ordinal);
        var back = Assert.Single(BratReader.Parse(text, ann));
        Assert.Equal([a.Source!.Value], back.Source);
        Assert.Equal([a.Cue], back.Cue);
        Assert.Equal(a.ContentParts, back.Content);
        Assert.Contains("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", ann, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_without_source_uses_the_no_source_trigger()
    {
        const string text = "The plan is expected to pass.";
        var a = new Attribution(null, new TextSpan(12, 20), new TextSpan(0, 8), [new TextSpan(0, 8)], AttributionKind.Indirect, null, false, 1);
        string ann = BratWriter.Write(text, [a]);
        Assert.Contains("T3\tAttribution-no-source 12 20\texpected", ann, StringComparison.Ordinal);
        Assert.Contains("E1\tAttribution-no-source:T3 Content:T2 Cue:T1\n", ann, StringComparison.Ordinal);
    }
}

using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class SegmenterSpecTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in SegmentationSpec.LoadAll()) data.Add(spec.File, spec.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Segmentation_matches_the_spec_example(string file, string example)
    {
        var spec = SegmentationSpec.LoadAll().Single(s => s.File == file && s.Name == example);
        var seg = Segmenter.Default.Segment(spec.Text);
        var sentences = seg.Sentences.Select(s => spec.Text[s.Start..s.End]).ToList();
        Assert.Equal(spec.Sentences, sentences);
        if (spec.Tokens is not null)
            Assert.Equal(spec.Tokens, seg.Tokens.Select(t => spec.Text[t.Start..t.End]));
        Assert.Null(SegmentationInvariants.Violation(spec.Text));
    }

    [Fact]
    public void The_spec_folder_holds_examples_for_every_topic()
    {
        var files = SegmentationSpec.LoadAll().Select(s => s.File).Distinct().ToList();
        Assert.Superset(new HashSet<string> { "abbreviations", "numbers", "punctuation", "quotes", "web", "lines" }, files.ToHashSet());
        Assert.True(SegmentationSpec.LoadAll().Count() >= 30);
    }
}

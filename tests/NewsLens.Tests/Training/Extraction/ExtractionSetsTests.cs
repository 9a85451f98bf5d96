using NewsLens.Tests.Support;
using NewsLens.Training.Extraction;

namespace NewsLens.Tests.Training.Extraction;

public sealed class ExtractionSetsTests
{
    [SharedDataTheory]
    [InlineData("readability", 116)]
    [InlineData("cleanportaleval", 71)]
    public void Every_page_of_a_set_comes_with_plain_gold_text(string set, int pages)
    {
        var loaded = ExtractionSets.Load(SharedData.Root!, set);
        Assert.Equal(pages, loaded.Count);
        Assert.All(loaded, p => Assert.DoesNotContain("<p>", p.Truth));
        Assert.True(loaded.Count(p => p.Truth.Length > 0) >= pages - 2, "nearly every gold text is non-empty");
        Assert.Contains(loaded, p => p.Part == SplitPart.Untouched);
    }

    [Fact]
    public void An_unknown_set_name_is_refused_with_the_known_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => ExtractionSets.Load("/nonexistent", "cleaneval-2099"));
        Assert.Contains("dragnet", ex.Message);
    }
}

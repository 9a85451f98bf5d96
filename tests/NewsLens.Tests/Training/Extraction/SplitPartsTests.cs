using NewsLens.Training.Extraction;

namespace NewsLens.Tests.Training.Extraction;

public sealed class SplitPartsTests
{
    [Fact]
    public void A_page_always_falls_in_the_same_part()
    {
        Assert.Equal(SplitParts.Of("dragnet", "R264"), SplitParts.Of("dragnet", "R264"));
    }

    [Fact]
    public void About_thirty_percent_of_names_are_untouched()
    {
        int untouched = Enumerable.Range(0, 2000).Count(i => SplitParts.Of("dragnet", "page" + i) == SplitPart.Untouched);
        Assert.InRange(untouched, 520, 680);
    }
}

using NewsLens.Analyzers.Outlets;

namespace NewsLens.Tests.Analyzers.Outlets;

public class OutletLabelsTests
{
    private static OutletRecord Rated(string factuality, string bias, string credibility, string reasons = "") =>
        new("example.test", "Example", factuality, bias, credibility, "", "", "test", "", reasons);

    [Theory]
    [InlineData("fake-news", "questionable source")]
    [InlineData("conspiracy-pseudoscience", "conspiracy-pseudoscience")]
    [InlineData("satire", "satire")]
    [InlineData("center", "least biased")]
    [InlineData("left-center", "left-center bias")]
    [InlineData("right", "right bias")]
    [InlineData("pro-science", "pro-science")]
    [InlineData("", "")]
    public void A_bias_code_is_shown_in_the_raters_words(string code, string label) =>
        Assert.Equal(label, OutletLabels.Bias(code));

    [Fact]
    public void A_questionable_source_is_described_with_the_raters_reasons_factuality_and_credibility()
    {
        var o = Rated("low", "fake-news", "low-credibility", "propaganda;failed-fact-checks");
        Assert.Equal("questionable source (propaganda, failed fact checks); low factual reporting; low credibility", o.Category);
        Assert.Equal(["propaganda", "failed fact checks"], o.ReasonLabels);
    }

    [Fact]
    public void A_least_biased_outlet_without_reasons_reads_plainly_and_keeps_its_codes()
    {
        var o = Rated("very-high", "center", "high-credibility");
        Assert.Equal("least biased; very high factual reporting; high credibility", o.Category);
        Assert.Equal("center", o.Bias);
        Assert.Equal("very-high", o.Factuality);
    }

    [Theory]
    [InlineData("mostly-factual", "mostly factual reporting")]
    [InlineData("very-low", "very low factual reporting")]
    [InlineData("mixed", "mixed factual reporting")]
    public void A_factual_reporting_code_is_shown_in_words(string code, string label) =>
        Assert.Equal(label, OutletLabels.Factuality(code));

    [Fact]
    public void An_outlet_with_no_rating_is_unrated() => Assert.Equal("unrated", Rated("", "", "").Category);
}

using NewsLens.Reports.Summary;
using NewsLens.Reports.View;

namespace NewsLens.Tests.Reports.View;

public class ArticleViewBuilderTests
{
    private static ArticleView View() => ArticleViewBuilder.Build(ViewFixture.Result().Document);

    [Fact]
    public void A_quote_with_its_source_and_cue_is_one_item_captioned_with_the_speaker()
    {
        var item = Assert.Single(View().ItemsOf("attributions"));
        Assert.Equal("Jane Roe", item.Caption);
        Assert.Equal(["source", "cue", "content"], item.Highlights.Select(h => h.Label));
        Assert.Equal(ViewFixture.At("\"We paid 40 invoices,\""), item.MainSpan);
        Assert.Equal(0.95, item.Confidence);
    }

    [Fact]
    public void Techniques_are_captioned_with_their_display_names_and_carry_their_confidence()
    {
        var items = View().ItemsOf("techniques");
        Assert.Equal(["Loaded Language", "Loaded Language", "Slogans"], items.Select(i => i.Caption));
        Assert.Equal([0.9, 0.3, 0.6], items.Select(i => i.Confidence!.Value));
    }

    [Fact]
    public void Only_check_worthy_claims_are_items_and_the_summary_counts_the_same_items()
    {
        var view = View();
        var summary = ArticleSummaryBuilder.Build(view);
        Assert.Single(view.ItemsOf("claims"));
        Assert.Equal(1, summary.ClaimCount);
        Assert.Equal(view.ItemsOf("techniques").Count, summary.TechniqueCount);
        Assert.Equal(summary.TechniqueCount, summary.Techniques.Sum(t => t.Count));
        Assert.Equal(view.ItemsOf("attributions").Count, summary.QuoteCount);
    }

    [Fact]
    public void The_summary_groups_quotes_by_speaker_and_points_each_line_at_its_item()
    {
        var summary = ArticleSummaryBuilder.Build(View());
        var speaker = Assert.Single(summary.Speakers);
        Assert.Equal("Jane Roe", speaker.Speaker);
        Assert.Equal(new ItemRef("attributions", 0), Assert.Single(speaker.Quotes).Where);
        Assert.Equal(new ItemRef("claims", 0), Assert.Single(summary.TopClaims).Where);
        Assert.Equal([("Loaded_Language", 2), ("Slogans", 1)], summary.Techniques.Select(t => (t.Technique, t.Count)));
    }
}

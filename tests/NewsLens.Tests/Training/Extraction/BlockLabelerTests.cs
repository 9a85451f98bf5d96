using NewsLens.Training.Extraction;

namespace NewsLens.Tests.Training.Extraction;

public sealed class BlockLabelerTests
{
    private const string Gold = "The bridge will close for repairs on Monday, the county said. Drivers should use the ferry until March.";

    [Fact]
    public void A_block_whose_shingles_are_in_the_gold_text_is_article_and_a_menu_is_not()
    {
        var (labels, _) = BlockLabeler.Label(
            ["Home News Sport Weather Contact us", "The bridge will close for repairs on Monday, the county said.", "Drivers should use the ferry until March."],
            Gold);
        Assert.Equal([0, 1, 1], labels.Select(l => (int)l));
    }

    [Fact]
    public void A_short_block_is_article_only_when_its_exact_words_occur_in_the_gold_text()
    {
        var (labels, _) = BlockLabeler.Label(["the ferry", "Share this"], Gold);
        Assert.Equal([1, 0], labels.Select(l => (int)l));
    }

    [Fact]
    public void Block_weights_are_token_shares_so_every_page_weighs_the_same()
    {
        var (_, weights) = BlockLabeler.Label(["one two three", "four five six seven eight nine ten"], Gold);
        Assert.Equal(100, weights.Sum(), 3);
        Assert.Equal(30, weights[0], 3);
    }
}

using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

public sealed class MatchTextTests
{
    [Fact]
    public void A_tweet_loses_its_links_signature_and_marks_but_keeps_its_words()
    {
        var tweet = "Wow #Senate passes the 600 dollar bill pic.twitter.com/AbC123 https://t.co/xyz — Jo Smith (@josmith) March 3, 2020";
        Assert.Equal("Wow Senate passes the 600 dollar bill", MatchText.CleanQuery(tweet));
    }

    [Fact]
    public void An_article_sentence_passes_through_unchanged()
    {
        const string s = "The council spent 4.2 million pounds – more than planned – on the bridge.";
        Assert.Equal(s, MatchText.CleanQuery(s));
    }

    [Fact]
    public void Terms_drop_function_words_and_fold_plurals_and_numbers_lose_their_separators()
    {
        Assert.Equal(["vaccine", "contain", "microchip", "1200"], MatchText.Terms("The vaccines contain microchips, all 1200 of them"));
        Assert.Equal(["1200", "3.5"], MatchText.Numbers("1,200 people and 3.5 percent.").Order());
    }

    [Fact]
    public void Names_are_the_capitalised_content_words()
    {
        Assert.Equal(["obama", "guantanamo"], MatchText.Names("The Obama administration closed Guantanamo, it said."));
    }
}

using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

public sealed class FactCheckMatcherTests
{
    private static MatchQuery Query(string text) => new(text, new HashingClaimEncoder().Encode([MatchText.CleanQuery(text)])[0]);

    [Theory]
    [InlineData("Officials say the harbour bridge cost 40 million dollars", "b1")]
    [InlineData("BREAKING: vaccines now contain tracking microchips https://t.co/x", "v1")]
    [InlineData("Three schools were closed by the mayor in one week", "s1")]
    public void The_claim_that_says_the_same_ranks_first_in_each_stage_setting(string text, string expected)
    {
        var index = FactCheckFixtures.Index();
        foreach (var matcher in new[] { new FactCheckMatcher(index), new FactCheckMatcher(index, FactCheckFixtures.ReRanker(index.EncoderKey!)) })
            Assert.Equal(expected, index.Claim(matcher.Match(Query(text), 1)[0].Row).Id);
        Assert.Equal(expected, index.Claim(new FactCheckMatcher(index).Match(new MatchQuery(text), 1)[0].Row).Id);
    }

    [Fact]
    public void A_full_list_ranks_every_claim_once_with_strictly_ordered_scores_re_ranked_first()
    {
        var index = FactCheckFixtures.Index();
        var matcher = new FactCheckMatcher(index, FactCheckFixtures.ReRanker(index.EncoderKey!), new FactCheckMatcherOptions { FirstStageDepth = 1 });
        var hits = matcher.Match(Query("the harbour bridge cost 40 million"), 1000);
        Assert.Equal(index.Count, hits.Count);
        Assert.Equal(index.Count, hits.Select(h => h.Row).Distinct().Count());
        for (int i = 1; i < hits.Count; i++) Assert.True(hits[i - 1].Score >= hits[i].Score);
        Assert.True(hits[0].ReRanked);
        Assert.False(hits[^1].ReRanked);
        Assert.True(hits.TakeWhile(h => h.ReRanked).Min(h => h.Score) > hits.SkipWhile(h => h.ReRanked).Max(h => h.Score));
    }

    [Fact]
    public void Candidates_carry_one_feature_row_each_and_come_from_both_stages()
    {
        var index = FactCheckFixtures.Index();
        var candidates = new FactCheckMatcher(index, null, new FactCheckMatcherOptions { FirstStageDepth = 2 }).Candidates(Query("mayor closed schools"));
        Assert.InRange(candidates.Count, 2, 4);
        Assert.All(candidates, c => Assert.Equal(MatchFeatures.Count, c.Features.Length));
        Assert.Contains(candidates, c => c.Stage.Bm25Rank == 0 && index.Claim(c.Stage.Row).Id == "s1");
    }

    [Fact]
    public void A_re_ranker_of_another_encoder_is_refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new FactCheckMatcher(FactCheckFixtures.Index(), FactCheckFixtures.ReRanker("0123456789abcdef-other")));
        Assert.Contains(FactCheckReRanker.FileName, ex.Message);
    }
}

using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class VerdictCacheTests
{
    [Theory]
    [InlineData("article-body")]
    [InlineData("share-bar social")]
    [InlineData("comments-section")]
    [InlineData("plain wrapper")]
    public void A_cached_verdict_equals_a_fresh_classification_on_every_lookup(string value)
    {
        var expected = FurnitureNames.Classify(value);
        Assert.Equal(expected, VerdictCache.Get(value));
        Assert.Equal(expected, VerdictCache.Get(new string(value.AsSpan())));
    }

    [Fact]
    public void Values_looked_up_from_many_threads_get_the_same_verdicts()
    {
        var values = Enumerable.Range(0, 2000).Select(i => i % 3 == 0 ? $"story-body-{i}" : $"promo-{i}").ToArray();
        var results = new FurnitureNames.Verdict[8][];
        Parallel.For(0, 8, t => results[t] = values.Select(VerdictCache.Get).ToArray());
        var expected = values.Select(v => FurnitureNames.Classify(v)).ToArray();
        foreach (var r in results)
            Assert.Equal(expected, r);
    }
}

using NewsLens.Store;

namespace NewsLens.Tests.Store;

public sealed class DedupKeysTests
{
    [Theory]
    [InlineData("https://www.Example.com/news/a/?utm_source=x&utm_medium=y#top", "example.com/news/a")]
    [InlineData("http://example.com/news/a", "example.com/news/a")]
    [InlineData("https://example.com/story?b=2&a=1&fbclid=z", "example.com/story?a=1&b=2")]
    public void A_url_shared_with_tracking_tags_or_another_scheme_has_one_canonical_form(string url, string expected) =>
        Assert.Equal(expected, DedupKeys.CanonicalUrl(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/a")]
    public void Something_that_is_not_a_web_address_has_no_canonical_url(string? url) => Assert.Null(DedupKeys.CanonicalUrl(url));

    [Fact]
    public void Texts_differing_only_in_case_and_spacing_have_the_same_hash() =>
        Assert.Equal(DedupKeys.TextHash("The council met.\n\nIt voted."), DedupKeys.TextHash("  the Council   met. It  VOTED. "));

    [Fact]
    public void Texts_differing_in_one_word_have_different_hashes() =>
        Assert.NotEqual(DedupKeys.TextHash("The council met. It voted."), DedupKeys.TextHash("The council met. It agreed."));
}

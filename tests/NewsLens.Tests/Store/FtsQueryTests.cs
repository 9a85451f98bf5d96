using NewsLens.Store;

namespace NewsLens.Tests.Store;

public sealed class FtsQueryTests
{
    [Fact]
    public void Every_word_is_required_and_quoted() => Assert.Equal("\"bridge\" AND \"closed\"", FtsQuery.From("bridge closed"));

    [Fact]
    public void A_quoted_phrase_stays_one_term() => Assert.Equal("\"coastal bridge\" AND \"storm\"", FtsQuery.From("\"coastal bridge\" storm"));

    [Fact]
    public void Operators_and_punctuation_typed_by_a_user_are_read_as_words() =>
        Assert.Equal("\"NOT\" AND \"U S\" AND \"a\" AND \"b\"", FtsQuery.From("NOT U.S. a* (b"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*** ()")]
    public void A_query_without_a_letter_or_digit_is_no_query(string text) => Assert.Null(FtsQuery.From(text));
}

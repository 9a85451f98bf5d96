using NewsLens.Analyzers.Lean;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Lean;

public sealed class LeanReasonFilterTests
{
    [Theory]
    [InlineData("of the")]
    [InlineData("it is")]
    [InlineData("and")]
    [InlineData("<num>")]
    [InlineData("<num> percent")]
    [InlineData("<c123>")]
    [InlineData("!")]
    [InlineData("said ?")]
    [InlineData("x")]
    [InlineData("2020")]
    public void Stop_word_only_terms_numbers_clusters_and_punctuation_are_never_reasons(string term) =>
        Assert.False(LeanReasonFilter.IsShowableTerm(term));

    [Theory]
    [InlineData("tax cuts")]
    [InlineData("the radical")]
    [InlineData("undocumented")]
    [InlineData("pro-life")]
    public void Phrases_with_a_content_word_can_be_reasons(string term) =>
        Assert.True(LeanReasonFilter.IsShowableTerm(term));

    [Fact]
    public void A_term_capitalised_at_every_occurrence_is_a_name_and_not_a_reason()
    {
        var doc = Document.Create("Lake Ellery froze early. Residents of Lake Ellery skated on the lake.");
        TextSpan Find(string s, int from = 0) { int i = doc.Text.IndexOf(s, from, StringComparison.Ordinal); return new TextSpan(i, i + s.Length); }
        Assert.True(LeanReasonFilter.IsProperNounOnly(doc, [Find("Lake Ellery"), Find("Lake Ellery", 10)]));
        Assert.False(LeanReasonFilter.IsProperNounOnly(doc, [Find("Lake"), Find("lake")]));
        Assert.False(LeanReasonFilter.IsProperNounOnly(doc, [Find("skated on")]));
    }
}

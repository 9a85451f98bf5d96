using NewsLens.Stories;

namespace NewsLens.Tests.Stories;

public sealed class MinHashTests
{
    private const string Report =
        "The Ostmark city council voted on Monday to raise the school budget by four percent, after a debate that lasted " +
        "most of the evening. Supporters said the money would pay for forty new teachers and repairs to two buildings. " +
        "Opponents argued that the increase would push up local taxes, and two members asked for the vote to be delayed. " +
        "The mayor said the council had weighed both sides and that the schools could not wait another year. " +
        "The new budget takes effect in September, and the council will review it again in the spring.";

    [Fact]
    public void Identical_texts_have_identical_signatures()
    {
        Assert.Equal(1.0, MinHash.Similarity(MinHash.Signature(Report), MinHash.Signature(Report)));
    }

    [Fact]
    public void A_copy_with_one_word_changed_is_found_as_a_near_duplicate()
    {
        var index = new NearDuplicateIndex();
        index.Add("original", MinHash.Signature(Report));

        var found = index.Add("copy", MinHash.Signature(Report.Replace("forty", "fifty") + " Updated at noon."));

        var match = Assert.Single(found);
        Assert.Equal("original", match.Id);
        Assert.InRange(match.Similarity, 0.8, 1.0);
    }

    [Fact]
    public void A_different_report_on_the_same_subject_is_not_a_near_duplicate()
    {
        var index = new NearDuplicateIndex();
        index.Add("original", MinHash.Signature(Report));

        var found = index.Add("other", MinHash.Signature(
            "Parents packed the hall as the Ostmark council debated the school budget on Monday evening. Several teachers " +
            "spoke in favour of more spending, while a group of residents warned about higher taxes. The council approved " +
            "a four percent rise in the end, and the mayor promised a review next spring."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_threshold_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(1.5));
    }
}

using NewsLens.Analyzers.Discrepancies;

namespace NewsLens.Tests.Analyzers.Discrepancies;

public class DiscrepancyFinderTests
{
    private const string Source = "The ferry carried some 120 passengers when it ran aground off Kestrel Point on Sunday. "
        + "The coastguard said two passengers may have been hurt. Divers and volunteers searched the water until dark.";

    [Fact]
    public void Each_article_sentence_is_compared_with_the_source_sentence_that_tells_the_same_thing()
    {
        const string article = "Divers and volunteers searched the water until dark. Nobody knows why the captain changed course. "
            + "The ferry carried 1,200 passengers when it ran aground off Kestrel Point on Sunday.";
        var result = ComparePipelines.Compare(article, Source);
        Assert.Equal([(0, 2), (2, 0)], result.Alignments.Select(a => (a.ArticleSentence, a.SourceSentence)));
        var flag = Assert.Single(result.Discrepancies);
        Assert.Equal(DiscrepancyKind.NumberInflated, flag.Kind);
        Assert.Equal("1,200", article[flag.ArticleSpan.Start..flag.ArticleSpan.End]);
        Assert.Equal("some 120", Source[flag.SourceSpan.Start..flag.SourceSpan.End]);
        Assert.True(flag.ArticleSentence.Contains(flag.ArticleSpan) && flag.SourceSentence.Contains(flag.SourceSpan));
    }

    [Fact]
    public void A_retelling_in_other_words_raises_no_flag()
    {
        const string article = "About 120 people were aboard the ferry that ran aground off Kestrel Point on Sunday. "
            + "Volunteers and divers searched the sea until nightfall.";
        Assert.Empty(ComparePipelines.Compare(article, Source).Discrepancies);
    }

    [Fact]
    public void Changes_in_two_sentences_are_flagged_apart_in_article_order()
    {
        const string article = "The coastguard said two passengers were hurt. Divers searched the water until dark.";
        var kinds = ComparePipelines.Compare(article, Source).Discrepancies.Select(d => d.Kind).ToList();
        Assert.Equal([DiscrepancyKind.ModalityChanged, DiscrepancyKind.ActorsNarrowed], kinds);
    }

    [Fact]
    public void An_article_with_nothing_in_common_aligns_nothing()
    {
        var result = ComparePipelines.Compare("Tomatoes grow best in warm, sheltered gardens.", Source);
        Assert.Empty(result.Alignments);
        Assert.Empty(result.Discrepancies);
    }

    [Fact]
    public void Comparing_stops_when_cancelled()
    {
        var article = ComparePipelines.Analyse("The ferry carried 1,200 passengers when it ran aground off Kestrel Point on Sunday.");
        var source = ComparePipelines.Analyse(Source);
        Assert.Throws<OperationCanceledException>(() => DiscrepancyFinder.Compare(article, source, cancellationToken: new CancellationToken(true)));
    }
}

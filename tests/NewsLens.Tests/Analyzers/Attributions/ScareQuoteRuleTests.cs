using NewsLens.Analyzers.Attributions;
using NewsLens.Models;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Attributions;

public class ScareQuoteRuleTests
{
    private static readonly Lazy<AttributionExtractor> Extractor = new(() =>
        new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))));

    private static (Document Doc, IReadOnlyList<Quotation> Quotes) Run(string text)
    {
        var doc = Document.Create(text);
        Extractor.Value.Analyze(doc, CancellationToken.None);
        return (doc, doc.Get(AttributionLayers.Quotations));
    }

    [Fact]
    public void A_few_quoted_words_with_no_speaker_and_no_cue_are_scare_quotes()
    {
        var (doc, quotes) = Run("The council will vote on its “fair share” plan in May.");
        var q = Assert.Single(quotes);
        Assert.Equal("“fair share”", doc[q.Span]);
        Assert.Equal(QuotationKind.Scare, q.Kind);
        Assert.Empty(doc.Get(AttributionLayers.Attributions));
        Assert.Equal("scare quotes", Assert.Single(q.GetHighlights()).Label);
    }

    [Fact]
    public void A_quoted_sentence_with_a_speaker_is_a_quotation_not_scare_quotes()
    {
        var (doc, quotes) = Run("“We will rebuild the bridge,” said the mayor, Ann Cole.");
        var q = Assert.Single(quotes);
        Assert.Equal(QuotationKind.Quotation, q.Kind);
        Assert.Contains(doc.Get(AttributionLayers.Attributions), a => a.Content.Overlaps(q.Span));
    }

    [Fact]
    public void Quoted_words_inside_someone_s_reported_speech_are_theirs_not_scare_quotes()
    {
        var (_, quotes) = Run("The mayor said the plan was \"a disaster\" for the city.");
        Assert.Equal(QuotationKind.Quotation, Assert.Single(quotes).Kind);
    }

    [Fact]
    public void A_short_quote_holding_a_whole_sentence_is_not_scare_quotes()
    {
        var (_, quotes) = Run("The sign on the door read “Closed today. Sorry!” in red letters.");
        Assert.All(quotes, q => Assert.Equal(QuotationKind.Quotation, q.Kind));
    }

    [Fact]
    public void An_unresolved_pronoun_is_not_presented_as_the_speaker_in_highlights()
    {
        var (doc, _) = Run("\"We are not leaving,\" he said.");
        var a = Assert.Single(doc.Get(AttributionLayers.Attributions));
        Assert.Null(a.Speaker);
        Assert.Equal("he", doc[a.Source!.Value]);
        Assert.DoesNotContain(a.GetHighlights(), h => h.Detail is { } d && d.Contains(": he", StringComparison.Ordinal));
    }
}

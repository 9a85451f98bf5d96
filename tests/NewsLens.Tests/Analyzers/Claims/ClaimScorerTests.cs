using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Quantities;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Claims;

public sealed class ClaimScorerTests
{
    private const string Text = "The mayor said the city hired 120 new officers last year. Crime fell by a third. Is that true? What a day.";

    [Fact]
    public void Every_sentence_gets_one_claim_with_a_score_in_range_and_ranks_that_form_a_permutation()
    {
        var doc = ClaimSpecTests.Pipeline.Value.Analyze(Text).Document;
        var claims = doc.Get(ClaimLayers.Claims);
        Assert.Equal(doc.Sentences.Count, claims.Count);
        Assert.All(claims, c => Assert.InRange(c.Score, 0, 1));
        Assert.Equal(Enumerable.Range(1, claims.Count), claims.Select(c => c.Rank).Order());
        Assert.Equal(claims.OrderByDescending(c => c.Score).ThenBy(c => c.SentenceIndex).Select(c => c.SentenceIndex), claims.OrderBy(c => c.Rank).Select(c => c.SentenceIndex));
    }

    [Fact]
    public void The_report_json_is_identical_for_two_runs()
    {
        var a = ReportJson.Serialize(ClaimSpecTests.Pipeline.Value.Analyze(Text));
        var b = ReportJson.Serialize(ClaimSpecTests.Pipeline.Value.Analyze(Text));
        Assert.Equal(a, b);
        Assert.Contains("\"claims\"", a, StringComparison.Ordinal);
        Assert.Contains("\"quantities\"", a, StringComparison.Ordinal);
    }

    // "The mayor said the city hired 120 new officers last year.": source 0-9, cue 10-14, content 15-56.
    private sealed class FixedAttributions : IAnalyzer
    {
        public AnalyzerInfo Info { get; } = new("test.attributions.v1", "1.0.0");
        public IReadOnlyList<LayerKey> Requires { get; } = [];
        public IReadOnlyList<LayerKey> Produces { get; } = [AttributionLayers.Attributions];
        public void Analyze(Document document, CancellationToken cancellationToken) =>
            document.Set(AttributionLayers.Attributions, [new Attribution(new TextSpan(0, 9), new TextSpan(10, 14), new TextSpan(15, 56),
                [new TextSpan(15, 56)], AttributionKind.Indirect, new Speaker("the mayor", null, SpeakerResolution.Unresolved), false, 0.9)]);
    }

    private static AnalysisResult AnalyzeWithAttributions()
    {
        var scorer = ClaimScorer.Load(new NewsLens.Models.ModelDirectory(Path.Combine(Support.SharedData.RepoRoot, "models")));
        return new PipelineBuilder().Add(new FixedAttributions()).UseQuantities().Add(scorer).Build().Analyze(Text);
    }

    [Fact]
    public void A_claim_inside_an_attribution_carries_its_speaker_source_and_cue_as_typed_data()
    {
        var claims = AnalyzeWithAttributions().Document.Get(ClaimLayers.Claims);
        Assert.Equal(new ClaimAttribution(new TextSpan(0, 9), new TextSpan(10, 14), "the mayor"), claims[0].Attribution);
        Assert.Contains(ClaimReason.Attribution, claims[0].Reasons);
        Assert.Null(claims[2].Attribution);
    }

    [Fact]
    public void The_claims_json_holds_the_speaker_and_spans_and_no_display_text()
    {
        var json = ReportJson.Serialize(AnalyzeWithAttributions());
        Assert.Contains("\"speaker\": \"the mayor\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Source:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"label\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorer_declares_the_attributions_layer_it_reads_as_optional()
    {
        var scorer = ClaimScorer.Load(new NewsLens.Models.ModelDirectory(Path.Combine(Support.SharedData.RepoRoot, "models")));
        Assert.Contains(AttributionLayers.Attributions, scorer.ReadsIfPresent);
        Assert.DoesNotContain(AttributionLayers.Attributions, scorer.Requires);
    }

    [Fact]
    public void Without_an_attributions_layer_the_scorer_still_runs()
    {
        var result = ClaimSpecTests.Pipeline.Value.Analyze(Text);
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Document.Get(ClaimLayers.Claims), c => Assert.Null(c.Attribution));
    }

    [Fact]
    public void Only_check_worthy_claims_are_highlighted()
    {
        var claims = ClaimSpecTests.Pipeline.Value.Analyze(Text).Document.Get(ClaimLayers.Claims);
        Assert.All(claims, c => Assert.Equal(c.Class == ClaimClass.CheckWorthy, c.GetHighlights().Any()));
    }

    [Fact]
    public void A_file_that_is_not_a_claims_model_is_rejected_with_a_clear_error()
    {
        using var ms = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);
        var ex = Assert.Throws<InvalidDataException>(() => ClaimModel.Load(ms));
        Assert.Contains("model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_scores()
    {
        var model = ClaimModel.LoadFile(Path.Combine(Support.SharedData.RepoRoot, "models", ClaimModel.Spec.FileName));
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var copy = ClaimModel.Load(ms);
        Assert.Equal(model.Bias, copy.Bias);
        Assert.Equal(model.Weights, copy.Weights);
        Assert.Equal(model.Options, copy.Options);
        Assert.Equal(model.Threshold(ClaimDomain.Transcript), copy.Threshold(ClaimDomain.Transcript));
    }
}

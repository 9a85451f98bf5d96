using NewsLens.Analyzers.Attributions;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;
using Xunit.Abstractions;

namespace NewsLens.Tests.Analyzers.Attributions;

// why: each text repeats one hostile unit thousands of times; a quadratic path shows as thousands of steps per token
// and four times the steps when the text doubles, a bounded one as at most a content window (MaxBefore + MaxAfter
// tokens) per token and twice the steps. The steps are counted (WorkMeter), never timed.
public class AttributionWorstCaseTests(ITestOutputHelper output)
{
    private const int Repeats = 2000;
    private const int MaxStepsPerToken = AttributionDecoder.MaxBefore + AttributionDecoder.MaxAfter;

    private static readonly Lazy<AttributionExtractor> Extractor = new(() =>
        new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))));

    private void AssertLinear(string unit, string prefix = "", string suffix = "")
    {
        long once = Steps(unit, Repeats, prefix, suffix), twice = Steps(unit, 2 * Repeats, prefix, suffix);
        Assert.InRange(twice, 0, 2.25 * once + 1000);
    }

    private long Steps(string unit, int repeats, string prefix, string suffix)
    {
        var doc = Document.Create(prefix + string.Concat(Enumerable.Repeat(unit, repeats)) + suffix);
        IReadOnlyList<Attribution> found = [];
        long steps = WorkMeter.Measure(() =>
        {
            found = Extractor.Value.Extract(doc);
            ScareQuoteRule.Mark(new TokenView(doc), found);
        });
        output.WriteLine($"{doc.Tokens.Count} tokens, {found.Count} attributions, {steps} steps ({(double)steps / doc.Tokens.Count:0.0} per token)");
        Assert.NotEmpty(found);
        Assert.InRange(steps, 0, (long)MaxStepsPerToken * doc.Tokens.Count);
        return steps;
    }

    [Fact]
    public void Repeated_according_to_in_one_sentence_without_commas_costs_a_bounded_number_of_steps_per_token() =>
        AssertLinear("according to officials ");

    [Fact]
    public void Repeated_block_quote_intros_cost_a_bounded_number_of_steps_per_token() =>
        AssertLinear("The minister said:\n\n");

    [Fact]
    public void Many_quotes_each_with_its_cue_in_one_paragraph_cost_a_bounded_number_of_steps_per_token() =>
        AssertLinear("\u201CYes,\u201D he said. ");

    [Fact]
    public void Quotes_continued_over_paragraphs_each_with_its_cue_cost_a_bounded_number_of_steps_per_token() =>
        AssertLinear("\u201CIt was fine,\u201D he said. \u201CWe go on.\n\n");

    [Fact]
    public void Role_descriptions_after_many_named_speakers_cost_a_bounded_number_of_steps_per_token() =>
        AssertLinear("Ann Cole said it was fine. The mayor said it was not. ");
}

public class AttributionContentBoundTests
{
    [Fact]
    public void Content_inside_a_quote_running_over_thousands_of_paragraphs_stops_a_bounded_number_of_tokens_after_its_cue()
    {
        var text = "\u201C" + string.Concat(Enumerable.Repeat("According to him, it rained.\n\n\u201C", 3000)) + "It stopped.\u201D";
        var doc = Document.Create(text);
        var extractor = new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models"))));
        var found = extractor.Extract(doc);
        Assert.NotEmpty(found);
        int Tokens(TextSpan s) => doc.Tokens.Count(t => s.Contains(t.Span));
        int limit = AttributionDecoder.MaxBefore + AttributionDecoder.MaxAfter + AttributionExtractor.MaxContinuedQuote;
        Assert.All(found.Take(50), a => Assert.InRange(Tokens(a.Content), 1, limit));
    }
}

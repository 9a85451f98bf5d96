using NewsLens.Analyzers.Techniques;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Techniques;

// why: the span classifier scanned the whole article for every span (repetition count) and compared every span with
// every other (siblings): 1 MB of nested quotes took 101 s in the accurate pipeline's techniques analyzer. The bounds
// are proved by counting steps, never by timing.
public sealed class SpanFeaturizerWorstCaseTests
{
    private static (ArticleFeatures Features, List<TextSpan> Spans) WordsAsSpans(string unit, int repeats)
    {
        var doc = Document.Create(string.Concat(Enumerable.Repeat(unit, repeats)));
        return (new ArticleFeatures(doc), [.. doc.Tokens.Select(t => t.Span)]);
    }

    [Fact]
    public void Counting_the_repeats_of_every_span_in_an_article_of_one_word_repeated_costs_a_bounded_number_of_steps_per_span()
    {
        var (a, spans) = WordsAsSpans("word ", 20_000);
        long steps = WorkMeter.Measure(() =>
        {
            foreach (var s in spans.Take(2_000))
            {
                var (first, end) = SpanFeaturizer.TokenRange(a.Document, s);
                SpanFeaturizer.Occurrences(a, first, end);
            }
        });
        Assert.InRange(steps / 2_000, 0, SpanFeaturizer.MaxOccurrenceChecks + 1);
    }

    [Fact]
    public void Repeats_are_counted_exactly_below_the_bound()
    {
        var doc = Document.Create("a b c a b d a b c");
        var a = new ArticleFeatures(doc);
        Assert.Equal((3, 1), SpanFeaturizer.Occurrences(a, 3, 5)); // "a b" at 0, 3, 6; one before token 3
        Assert.Equal((2, 0), SpanFeaturizer.Occurrences(a, 0, 3)); // "a b c" at 0 and 6
        Assert.Equal((1, 0), SpanFeaturizer.Occurrences(a, 5, 6)); // "d" once
    }

    [Fact]
    public void Siblings_of_thousands_of_disjoint_spans_cost_a_bounded_number_of_steps_per_span()
    {
        var (a, spans) = WordsAsSpans("loud words here. ", 5_000);
        long steps = WorkMeter.Measure(() => SpanFeaturizer.SiblingsOf(a, spans));
        Assert.InRange(steps / spans.Count, 0, 4);
    }

    [Fact]
    public void Siblings_match_the_pairwise_definition_on_nested_repeated_and_identical_spans()
    {
        var doc = Document.Create("one two three one two three four");
        var a = new ArticleFeatures(doc);
        var t = doc.Tokens;
        TextSpan S(int first, int last) => new(t[first].Start, t[last].End);
        List<TextSpan> spans = [S(0, 2), S(3, 5), S(0, 1), S(1, 1), S(0, 2), S(0, 6), S(4, 5), S(3, 4)];
        var got = SpanFeaturizer.SiblingsOf(a, spans);
        for (int i = 0; i < spans.Count; i++)
        {
            int same = 0, by = 0, contains = 0;
            for (int j = 0; j < spans.Count; j++)
            {
                if (i == j || spans[i] == spans[j]) continue;
                if (doc[spans[i]] == doc[spans[j]]) same++;
                if (spans[j].Contains(spans[i])) by++;
                else if (spans[i].Contains(spans[j])) contains++;
            }
            Assert.Equal(new SpanFeaturizer.Siblings(same, by, contains), got[i]);
        }
    }
}

using NewsLens.Analyzers.Techniques;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Techniques;

/// <summary>The structured SI decoder: spans take the boundaries the start and end heads give, within one sentence.</summary>
public sealed class SegmentDecoderTests
{
    // Dummy heads: the decoder only reads the probabilities handed to it.
    private static readonly BoundaryHead None = new([0f], 0, null);

    private static (ArticleFeatures A, float[] In, float[] Start, float[] End) Setup(string text)
    {
        var a = new ArticleFeatures(Document.Create(text));
        int n = a.TokenCount;
        return (a, Enumerable.Repeat(0.05f, n).ToArray(), Enumerable.Repeat(0.01f, n).ToArray(), Enumerable.Repeat(0.01f, n).ToArray());
    }

    private static int TokenAt(ArticleFeatures a, string text, string word) =>
        a.Document.Tokens.ToList().FindIndex(t => text[t.Start..t.End] == word);

    [Fact]
    public void A_span_starts_and_ends_where_the_heads_say_not_at_the_sentence_edges()
    {
        const string text = "The mayor said the plan was a total disaster for every family in town.";
        var (a, inside, start, end) = Setup(text);
        int from = TokenAt(a, text, "total"), to = TokenAt(a, text, "disaster");
        for (int i = TokenAt(a, text, "was"); i <= TokenAt(a, text, "family"); i++) inside[i] = 0.6f; // a vague region
        start[from] = 0.9f;
        end[to] = 0.9f;
        var spans = new SegmentDecoder(None, None, 1, 0, 80).Decode(a, inside, start, end);
        var span = Assert.Single(spans).Span;
        Assert.Equal("total disaster", text[span.Start..span.End]);
    }

    [Fact]
    public void Without_likely_tokens_nothing_is_found()
    {
        var (a, inside, start, end) = Setup("Rain fell on Tuesday. The river rose by two metres.");
        Assert.Empty(new SegmentDecoder(None, None, 1, 0, 80).Decode(a, inside, start, end));
    }

    [Fact]
    public void Spans_never_cross_a_sentence_end_and_never_begin_or_end_on_punctuation()
    {
        const string text = "They lie, they cheat, and they steal! Shame on them. Nobody believes them now.";
        var (a, inside, start, end) = Setup(text);
        Array.Fill(inside, 0.9f);
        Array.Fill(start, 0.5f);
        Array.Fill(end, 0.5f);
        var spans = new SegmentDecoder(None, None, 1, 0, 80).Decode(a, inside, start, end);
        Assert.NotEmpty(spans);
        foreach (var (span, _) in spans)
        {
            int s1 = a.Document.SentenceIndexAt(span.Start), s2 = a.Document.SentenceIndexAt(span.End - 1);
            Assert.Equal(s1, s2);
            Assert.True(char.IsLetterOrDigit(text[span.Start]), $"'{text[span.Start..span.End]}' begins on punctuation");
            char last = text[span.End - 1];
            Assert.True(char.IsLetterOrDigit(last) || last is '!' or '?', $"'{text[span.Start..span.End]}' ends on punctuation");
        }
    }

    [Fact]
    public void No_span_is_longer_than_the_length_bound()
    {
        var text = string.Join(' ', Enumerable.Range(0, 30).Select(i => "word" + i)) + ".";
        var (a, inside, start, end) = Setup(text);
        Array.Fill(inside, 0.95f);
        start[0] = 0.9f;
        end[28] = 0.9f;
        var spans = new SegmentDecoder(None, None, 1, 0, 10).Decode(a, inside, start, end);
        Assert.All(spans, s => Assert.True(SpanFeaturizer.TokenRange(a.Document, s.Span) is var (f, e) && e - f <= 10));
    }
}

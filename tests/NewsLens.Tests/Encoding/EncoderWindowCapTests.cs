using NewsLens.Encoders;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Tests.Encoders;

// why: without a window budget the encoder's time and memory grew with the article (1 MB of text, some 1,800 windows);
// the bound is proved by counting windows and encoded pieces, never by timing.
public sealed class EncoderWindowCapTests
{
    private const string Paragraph =
        "The city council voted on Tuesday to expand the bus network into the northern suburbs. " +
        "Supporters said the new routes would cut commuting times for thousands of workers. ";

    [Theory]
    [InlineData(10_000, 1)]
    [InlineData(10_000, 4)]
    [InlineData(1_000_000, 32)]
    public void A_plan_capped_at_n_windows_has_n_windows_and_covers_only_their_pieces(int pieces, int cap)
    {
        var plan = WindowPlan.Create(pieces, content: 254, stride: 224, maxWindows: cap);
        Assert.Equal(cap, plan.Starts.Length);
        Assert.Equal((cap - 1) * 224 + 254, plan.EncodedPieces);
        for (int p = 0; p < plan.EncodedPieces; p++)
            Assert.InRange(p, plan.Starts[plan.Owner[p]], plan.Starts[plan.Owner[p]] + plan.Counts[plan.Owner[p]] - 1);
    }

    [Fact]
    public void A_plan_under_the_cap_covers_every_piece_as_before()
    {
        var capped = WindowPlan.Create(1000, content: 254, stride: 224, maxWindows: 32);
        var free = WindowPlan.Create(1000, content: 254, stride: 224);
        Assert.Equal(1000, capped.EncodedPieces);
        Assert.Equal(free.Starts, capped.Starts);
        Assert.Equal(free.Owner, capped.Owner);
    }

    [Fact]
    public void An_article_past_the_cap_is_encoded_up_to_it_and_says_so_and_later_tokens_have_zero_vectors()
    {
        using var encoder = TransformerEncoder.CreateMiniLm(new EncoderOptions { IntraOpNumThreads = 1, MaxWindowsPerDocument = 2 });
        var doc = Document.Create(string.Concat(Enumerable.Repeat(Paragraph, 40)));
        var encoding = encoder.Encode(doc);
        Assert.True(encoding.IsTruncated);
        Assert.Equal(224 + 254, encoding.EncodedPieces);
        Assert.InRange(encoding.EncodedTokens, 1, doc.Tokens.Count - 1);
        Assert.Contains(encoding.TokenVector(0).ToArray(), v => v != 0f);
        Assert.All(encoding.TokenVector(doc.Tokens.Count - 1).ToArray(), v => Assert.Equal(0f, v));
        Assert.Equal(encoding.EncodedTokens, encoding.TokenTable(encoder.Identity).ComputedRows);
    }

    [Fact]
    public void An_article_under_the_cap_is_encoded_whole()
    {
        var doc = Document.Create(Paragraph);
        var encoding = SharedEncoder.Instance.Encode(doc);
        Assert.False(encoding.IsTruncated);
        Assert.Equal(doc.Tokens.Count, encoding.EncodedTokens);
    }

    [Fact]
    public void The_report_of_an_article_past_the_cap_carries_a_warning_from_the_encoder()
    {
        using var encoder = TransformerEncoder.CreateMiniLm(new EncoderOptions { IntraOpNumThreads = 1, MaxWindowsPerDocument = 1 });
        var pipeline = new PipelineBuilder().Add(new EncoderAnalyzer(encoder)).Build();
        var result = pipeline.Analyze(string.Concat(Enumerable.Repeat(Paragraph, 20)));
        var warning = Assert.Single(result.Diagnostics, d => d.Source == EncoderAnalyzer.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("the cap of 1 windows", warning.Message);
        Assert.Empty(pipeline.Analyze(Paragraph).Diagnostics);
    }
}

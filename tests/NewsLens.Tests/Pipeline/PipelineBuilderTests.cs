using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Pipeline;

public class PipelineBuilderTests
{
    private static readonly LayerKey<Mark> A = new("a");
    private static readonly LayerKey<Mark> B = new("b");

    [Fact]
    public void An_analyzer_that_needs_a_later_layer_is_rejected_at_build_time()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeAnalyzer("needs-a", B, requires: [A]))
            .Add(new FakeAnalyzer("makes-a", A));
        var ex = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("'makes-a', which must come before it", ex.Message);
    }

    [Fact]
    public void An_analyzer_whose_optional_layer_comes_from_a_later_analyzer_is_rejected_at_build_time()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeAnalyzer("reads-a", B, readsIfPresent: [A]))
            .Add(new FakeAnalyzer("makes-a", A));
        var ex = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("'reads-a' reads layer 'a', produced by 'makes-a', which must come before it", ex.Message);
    }

    [Fact]
    public void An_optional_layer_that_nobody_produces_is_allowed_and_reads_as_absent()
    {
        bool? had = null;
        var p = new PipelineBuilder().Add(new FakeAnalyzer("reads-a", B, readsIfPresent: [A], body: (d, _) => had = d.Has(A))).Build();
        Assert.Empty(p.Analyze("Alice met Bob.").Diagnostics);
        Assert.False(had);
    }

    [Fact]
    public void A_layer_that_nobody_produces_is_rejected_at_build_time()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() => new PipelineBuilder().Add(new FakeAnalyzer("needs-a", B, requires: [A])).Build());
        Assert.Contains("no analyzer produces", ex.Message);
    }

    [Fact]
    public void Two_analyzers_producing_the_same_layer_are_rejected()
    {
        var builder = new PipelineBuilder().Add(new FakeAnalyzer("one", A)).Add(new FakeAnalyzer("two", A));
        Assert.Throws<PipelineConfigurationException>(() => builder.Build());
    }

    [Fact]
    public void Core_layers_are_always_available_to_require()
    {
        var p = new PipelineBuilder().Add(new FakeAnalyzer("x", A, requires: [CoreLayers.Sentences, CoreLayers.Tokens])).Build();
        var r = p.Analyze("Alice met Bob.");
        Assert.Equal(["Alice", "Bob"], r.Document.Get(A).Select(m => r.Document[m.Span]));
    }

    [Fact]
    public void A_failing_analyzer_is_recorded_and_the_others_still_run()
    {
        var p = new PipelineBuilder()
            .Add(new FakeAnalyzer("boom", A, body: (_, _) => throw new InvalidOperationException("model exploded")))
            .Add(new FakeAnalyzer("fine", B))
            .Build();
        var r = p.Analyze("Alice met Bob.");
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("boom", d.Source);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("model exploded", d.Message);
        Assert.False(r.Document.Has(A));
        Assert.Equal(2, r.Document.Get(B).Count);
    }

    [Fact]
    public void An_analyzer_whose_input_layer_failed_is_skipped_with_a_warning()
    {
        var p = new PipelineBuilder()
            .Add(new FakeAnalyzer("boom", A, body: (_, _) => throw new InvalidOperationException("x")))
            .Add(new FakeAnalyzer("after", B, requires: [A]))
            .Build();
        var r = p.Analyze("Alice met Bob.");
        Assert.Contains(r.Diagnostics, d => d.Source == "after" && d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("'a'"));
    }

    [Fact]
    public void Text_over_the_size_limit_is_rejected_with_a_message_naming_the_input()
    {
        var p = new PipelineBuilder().WithOptions(new PipelineOptions { MaxTextLength = 10 }).Build();
        var ex = Assert.Throws<InputRejectedException>(() => p.Analyze(new string('x', 11), new ArticleMetadata { Id = "big.txt" }));
        Assert.Equal("big.txt", ex.Input);
        Assert.Contains("over the limit of 10", ex.Message);
    }

    [Fact]
    public void The_article_time_limit_cancels_a_slow_analyzer_and_skips_the_rest()
    {
        var p = new PipelineBuilder()
            .WithOptions(new PipelineOptions { ArticleTimeout = TimeSpan.FromMilliseconds(50) })
            .Add(new FakeAnalyzer("slow", A, body: (_, ct) => Task.Delay(Timeout.Infinite, ct).Wait(ct)))
            .Add(new FakeAnalyzer("next", B))
            .Build();
        var r = p.Analyze("Alice met Bob.");
        Assert.Contains(r.Diagnostics, d => d.Source == "slow" && d.Message.StartsWith("cancelled"));
        Assert.Contains(r.Diagnostics, d => d.Source == "next" && d.Message.StartsWith("skipped"));
    }

    [Fact]
    public void Caller_cancellation_propagates_instead_of_becoming_a_diagnostic()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var p = new PipelineBuilder().Add(new FakeAnalyzer("x", A)).Build();
        Assert.ThrowsAny<OperationCanceledException>(() => p.Analyze("Alice.", null, cts.Token));
    }

    [Fact]
    public void A_built_pipeline_gives_the_same_result_from_many_threads()
    {
        var p = new PipelineBuilder().Add(new FakeAnalyzer("x", A)).Build();
        var counts = new int[64];
        Parallel.For(0, counts.Length, i => counts[i] = p.Analyze($"Alice met Bob and Carol {i}.").Document.Get(A).Count);
        Assert.All(counts, c => Assert.Equal(3, c));
    }

    [Fact]
    public void A_layer_span_outside_the_text_is_refused()
    {
        var doc = Document.Create("short");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.Set(A, [new Mark(new TextSpan(2, 50), "x")]));
    }

    [Fact]
    public void Text_with_replaced_invalid_bytes_gets_a_warning_that_counts_them_and_clean_text_none()
    {
        var pipeline = new PipelineBuilder().Add(new FakeAnalyzer("makes-a", A)).Build();
        var bytes = new byte[] { (byte)'O', (byte)'k', 0xFF, (byte)' ', 0xC3, (byte)'.' }; // two invalid sequences
        var text = new System.Text.UTF8Encoding(false, false).GetString(bytes);
        var warned = pipeline.Analyze(text);
        var w = Assert.Single(warned.Diagnostics, d => d.Source == AnalysisPipeline.InputDiagnosticSource);
        Assert.Equal(DiagnosticSeverity.Warning, w.Severity);
        Assert.Contains("2 replacement character(s)", w.Message);
        Assert.False(warned.HasErrors);
        Assert.DoesNotContain(pipeline.Analyze("Clean text.").Diagnostics, d => d.Source == AnalysisPipeline.InputDiagnosticSource);
    }
}

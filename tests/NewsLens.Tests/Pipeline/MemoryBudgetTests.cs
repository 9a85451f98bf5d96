using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Pipeline;

public class MemoryBudgetTests
{
    private static readonly LayerKey<Mark> A = new("a");
    private static readonly LayerKey<Mark> B = new("b");

    private static byte[]? s_sink;

    [Fact]
    public void Analyzers_after_the_article_memory_budget_is_spent_are_skipped_and_named_in_the_report()
    {
        var pipeline = new PipelineBuilder()
            .WithOptions(new PipelineOptions { ArticleMemoryBudget = 8 << 20 })
            .Add(new FakeAnalyzer("greedy", A, body: (_, _) => { for (int i = 0; i < 16; i++) s_sink = new byte[1 << 20]; }))
            .Add(new FakeAnalyzer("next", B))
            .Build();
        var result = pipeline.Analyze("Alice met Bob.");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("next", d.Source);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("memory budget of 8 MB", d.Message);
        Assert.True(result.HasErrors);
        Assert.NotNull(s_sink);
    }

    [Fact]
    public void An_article_within_its_memory_budget_runs_every_analyzer()
    {
        var pipeline = new PipelineBuilder()
            .WithOptions(new PipelineOptions { ArticleMemoryBudget = 64 << 20 })
            .Add(new FakeAnalyzer("small", A, body: (_, _) => s_sink = new byte[1 << 20]))
            .Add(new FakeAnalyzer("next", B))
            .Build();
        Assert.Empty(pipeline.Analyze("Alice met Bob.").Diagnostics);
    }
}

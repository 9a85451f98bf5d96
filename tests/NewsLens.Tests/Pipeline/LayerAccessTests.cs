using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Pipeline;

// why: the builder sees only declarations, so an undeclared read is caught where it happens, at run time
public class LayerAccessTests
{
    private static readonly LayerKey<Mark> A = new("a");
    private static readonly LayerKey<Mark> B = new("b");
    private static readonly LayerKey<Mark> C = new("c");

    [Fact]
    public void An_analyzer_that_reads_a_layer_it_did_not_declare_fails_with_a_diagnostic_naming_the_layer()
    {
        var p = new PipelineBuilder()
            .Add(new FakeAnalyzer("makes-a", A))
            .Add(new FakeAnalyzer("sneaky", B, body: (d, _) => d.Set(B, d.Get(A))))
            .Add(new FakeAnalyzer("fine", C))
            .Build();
        var r = p.Analyze("Alice met Bob.");
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("sneaky", d.Source);
        Assert.Contains("read layer 'a' without declaring it", d.Message);
        Assert.False(r.Document.Has(B));
        Assert.Equal(2, r.Document.Get(C).Count);
    }

    [Fact]
    public void Asking_whether_an_undeclared_layer_exists_is_a_read_too()
    {
        var p = new PipelineBuilder()
            .Add(new FakeAnalyzer("makes-a", A))
            .Add(new FakeAnalyzer("sneaky", B, body: (doc, ct) => { _ = doc.Has(A); doc.Set(B, []); }))
            .Build();
        Assert.Contains(p.Analyze("Alice met Bob.").Diagnostics, d => d.Source == "sneaky" && d.Message.Contains("'a'"));
    }

    [Fact]
    public void An_analyzer_that_writes_a_layer_it_does_not_produce_fails()
    {
        var p = new PipelineBuilder().Add(new FakeAnalyzer("writer", A, body: (d, _) => d.Set(B, []))).Build();
        var d = Assert.Single(p.Analyze("Alice met Bob.").Diagnostics);
        Assert.Contains("wrote layer 'b' without declaring it in Produces", d.Message);
    }

    [Fact]
    public void Declared_required_and_optional_layers_can_be_read()
    {
        var p = new PipelineBuilder()
            .Add(new FakeAnalyzer("makes-a", A))
            .Add(new FakeAnalyzer("makes-b", B))
            .Add(new FakeAnalyzer("reader", C, requires: [A], readsIfPresent: [B], body: (d, _) => d.Set(C, [.. d.Get(A), .. d.Get(B)])))
            .Build();
        var r = p.Analyze("Alice met Bob.");
        Assert.Empty(r.Diagnostics);
        Assert.Equal(4, r.Document.Get(C).Count);
    }

    [Fact]
    public void Outside_a_pipeline_run_every_layer_can_be_read()
    {
        var r = new PipelineBuilder().Add(new FakeAnalyzer("makes-a", A)).Build().Analyze("Alice met Bob.");
        Assert.Equal(2, r.Document.Get(A).Count);
        Assert.False(r.Document.Has(B));
    }
}

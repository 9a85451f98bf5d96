using NewsLens.Analyzers;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Quantities;
using NewsLens.Models;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyzers.Claims;

public sealed class DefaultPipelineTests
{
    [Fact]
    public void The_default_pipeline_writes_quantities_and_claims()
    {
        var pipeline = NewsLensPipeline.CreateDefault(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")));
        Assert.Contains(pipeline.Analyzers, a => a.Id == "newslens.quantities.v1");
        Assert.Contains(pipeline.Analyzers, a => a.Id == "newslens.claims.v1" && a.ModelSha256 is { Length: 64 });
        var doc = pipeline.Analyze("Officials said 2,700 residents were moved. It was sad.").Document;
        Assert.Single(doc.Get(QuantityLayers.Quantities));
        Assert.Equal(2, doc.Get(ClaimLayers.Claims).Count);
    }
}

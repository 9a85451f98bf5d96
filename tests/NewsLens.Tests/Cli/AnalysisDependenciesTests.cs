namespace NewsLens.Tests.Cli;

public sealed class AnalysisDependenciesTests
{
    // why: LibTorch is ~600 MB; only NewsLens.FineTune may bring it, and nothing that analyses references that project
    [Theory]
    [InlineData("newslens.deps.json")]
    [InlineData("NewsLens.Web.deps.json")]
    [InlineData("NewsLens.Encoding.deps.json")]
    [InlineData("NewsLens.Core.deps.json")]
    public void Analysis_programs_and_libraries_do_not_depend_on_TorchSharp_or_LibTorch(string depsFile)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, depsFile));
        Assert.DoesNotContain("torchsharp", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("libtorch", text, StringComparison.OrdinalIgnoreCase);
    }
}

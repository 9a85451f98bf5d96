using NewsLens.FactChecks;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Encoders;

/// <summary>The fact-check linker over an index file, for any host (the CLI's <c>--factchecks</c>, the server's
/// <c>NewsLens:FactChecks</c>).</summary>
public static class FactCheckAnalyzers
{
    /// <summary>The linker over the index at <paramref name="path"/> with the re-ranker from <paramref name="models"/>,
    /// or none without a path.</summary>
    /// <exception cref="InvalidDataException">when the file is not a readable index, or the re-ranker file is unreadable.</exception>
    public static IReadOnlyList<IAnalyzer> From(string? path, ModelDirectory models)
    {
        if (string.IsNullOrEmpty(path)) return [];
        var index = FactCheckIndex.Read(path);
        var matcher = new FactCheckMatcher(index, FactCheckReRanker.Find(models));
        // why: the claims are encoded alone, as the index's were, in either pipeline
        return [new FactCheckLinker(matcher, index.EncoderKey is null ? null : ClaimEncoder.Shared)];
    }
}

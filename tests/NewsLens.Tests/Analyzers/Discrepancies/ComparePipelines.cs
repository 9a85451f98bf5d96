using NewsLens.Analyzers.Discrepancies;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Discrepancies;

/// <summary>The compare pipelines over the committed models, built once for the test run.</summary>
internal static class ComparePipelines
{
    public static readonly ModelDirectory Models = new(Path.Combine(SharedData.RepoRoot, "models"));

    private static readonly Lazy<AnalysisPipeline> s_fast = new(() => DiscrepancyPipeline.Create(null, Models));
    private static readonly Lazy<AnalysisPipeline> s_accurate = new(() => DiscrepancyPipeline.Create(new NewsLens.Encoders.EncoderAnalyzer(NewsLens.Tests.Encoders.SharedEncoder.Shipped), Models));

    public static AnalysisPipeline Get(string name) => name == "accurate" ? s_accurate.Value : s_fast.Value;

    public static Document Analyse(string text, string pipeline = "fast") => Get(pipeline).Analyze(text).Document;

    /// <summary>The flags of <paramref name="article"/> against <paramref name="source"/>.</summary>
    public static SourceComparison Compare(string article, string source, string pipeline = "fast") =>
        DiscrepancyFinder.Compare(Analyse(article, pipeline), Analyse(source, pipeline));

    public static string SpecRoot => Path.Combine(AppContext.BaseDirectory, "Specs", "Discrepancies");
}

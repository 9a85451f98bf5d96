using NewsLens.Analyzers;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Verdict;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyzers.Verdict;

/// <summary>The committed models/verdict.bin, on texts written for these tests.</summary>
public sealed class ShippedVerdictModelTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() =>
        new PipelineBuilder().UseStyle().UseVerdict(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models"))).Build());

    private const string Rant =
        "The radical left and their media lapdogs are lying to you again! These corrupt elites want to destroy our " +
        "freedom and our Constitution. Wake up, America! Patriots must fight back against this disgraceful tyranny.";

    private const string Report =
        "The city council voted 7 to 2 on Tuesday to approve a new budget for road repairs, officials said. " +
        "The plan will be reviewed by a committee in March, according to a statement from the mayor's office.";

    [Fact]
    public void The_shipped_model_loads_fast_and_ranks_a_rant_above_a_council_report()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using (var s = File.OpenRead(Path.Combine(SharedData.RepoRoot, "models", VerdictModel.Spec.FileName))) VerdictModel.Load(s);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(1), $"model loaded in {sw.Elapsed}");
        var rant = Pipeline.Value.Analyze(Rant).Document.GetSingle(VerdictLayers.Verdict)!;
        var report = Pipeline.Value.Analyze(Report).Document.GetSingle(VerdictLayers.Verdict)!;
        Assert.True(rant.HyperpartisanProbability > report.HyperpartisanProbability + 0.2,
            $"rant {rant.HyperpartisanProbability}, report {report.HyperpartisanProbability}");
        Assert.True(rant.ReliabilityOfStyle < report.ReliabilityOfStyle);
    }

    [Fact]
    public void Every_term_reason_of_the_shipped_model_occurs_in_the_text_with_its_count()
    {
        var result = Pipeline.Value.Analyze(Rant);
        var doc = result.Document;
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        var v = doc.GetSingle(VerdictLayers.Verdict)!;
        Assert.NotEmpty(v.Reasons);
        foreach (var r in v.Reasons.Where(r => r.Kind == "term"))
        {
            Assert.Equal((int)r.Value, Math.Max(r.Examples.Count, (int)r.Value));
            if (VerdictTerms.IsClusterTerm(r.Feature))
            {
                // a word-cluster term stands for the article's words in that cluster
                int cluster = int.Parse(r.Feature[2..^1], System.Globalization.CultureInfo.InvariantCulture);
                Assert.All(r.Examples, e => Assert.Equal(cluster, NewsLens.Lexical.WordClusters.Default.Cluster(doc[e].ToLowerInvariant(), NewsLens.Lexical.WordClusters.Fine)));
            }
            else Assert.All(r.Examples, e => Assert.Contains(r.Feature.Split(' ')[0].Replace("<num>", ""), doc[e].ToLowerInvariant()));
        }
        Assert.Equal(StyleFeatureCatalog.Core.Count, v.Style.Count);
        Assert.Contains(v.Reasons, r => r.Contribution > 0);
    }
}

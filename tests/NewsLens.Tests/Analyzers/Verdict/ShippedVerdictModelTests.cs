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
    public void The_shipped_model_loads_and_ranks_a_rant_above_a_council_report()
    {
        using (var s = File.OpenRead(Path.Combine(SharedData.RepoRoot, "models", VerdictModel.Spec.FileName))) VerdictModel.Load(s);
        var rant = Pipeline.Value.Analyze(Rant).Document.GetSingle(VerdictLayers.Verdict)!;
        var report = Pipeline.Value.Analyze(Report).Document.GetSingle(VerdictLayers.Verdict)!;
        Assert.True(rant.HyperpartisanProbability > report.HyperpartisanProbability + 0.2,
            $"rant {rant.HyperpartisanProbability}, report {report.HyperpartisanProbability}");
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

    private const string AngryPiece =
        "The so-called experts in Washington have done it again. Their reckless scheme will bankrupt hard-working families, " +
        "and the spineless cowards in Congress will not lift a finger. Ask yourself: who benefits? Not you. " +
        "Not your children. The elites in Brussels and their friends at the Treasury laugh all the way to the bank, " +
        "while ordinary people in Ohio and Texas pay the bill. It is a disgrace, and it is time to say enough.";

    [Fact]
    public void No_reason_of_the_shipped_model_is_a_function_word_ngram_a_name_a_number_or_the_article_length()
    {
        var doc = Pipeline.Value.Analyze(AngryPiece).Document;
        var v = doc.GetSingle(VerdictLayers.Verdict)!;
        Assert.NotEmpty(v.Reasons);
        foreach (var r in v.Reasons)
        {
            Assert.False(ReadableReasons.LengthFeatures.Contains(r.Feature), $"length reason {r.Feature}");
            if (r.Kind != "term") continue;
            Assert.True(ReadableReasons.IsReadablePhrase(r.Feature), $"unreadable reason '{r.Feature}'");
            Assert.False(VerdictTerms.IsClusterTerm(r.Feature), $"word-cluster reason {r.Feature}");
            Assert.False(ReadableReasons.IsName(doc, r.Examples), $"name reason '{r.Feature}'");
        }
        foreach (var s in v.TopSentences)
            Assert.All(s.TopTerms, t => Assert.True(ReadableReasons.IsReadablePhrase(t), $"sentence word '{t}'"));
    }
}

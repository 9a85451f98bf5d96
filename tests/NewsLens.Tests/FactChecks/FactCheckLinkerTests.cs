using NewsLens.Analyzers;
using NewsLens.FactChecks;
using NewsLens.Models;
using NewsLens.Reports;
using NewsLens.Reports.Markdown;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.FactChecks;

public sealed class FactCheckLinkerTests
{
    private const string Article = "Council row over spending\n\nThe harbour bridge cost the city 40 million dollars, the council's report said on Monday. " +
        "Residents gathered at the waterfront to watch the fireworks.";

    private static NewsLens.Pipeline.AnalysisResult Analyze(double minScore = 0.5)
    {
        var index = FactCheckFixtures.Index();
        var linker = new FactCheckLinker(new FactCheckMatcher(index, FactCheckFixtures.ReRanker(index.EncoderKey!)), new HashingClaimEncoder(),
            new FactCheckLinkerOptions { MinScore = minScore });
        var pipeline = NewsLensPipeline.Create(null, new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")), extra: [linker]);
        return pipeline.Analyze(Article);
    }

    [Fact]
    public void A_check_worthy_claim_gets_its_fact_check_with_verdict_link_and_score()
    {
        var result = Analyze();
        var found = Assert.Single(result.Document.Get(FactCheckLayers.FactChecks));
        Assert.StartsWith("The harbour bridge cost", result.Document[found.Span]);
        var best = found.Matches[0];
        Assert.Equal(("b1", "False", "https://checks.example.org/bridge", 1), (best.Id, best.Verdict, best.Url, best.Rank));
        Assert.InRange(best.Score, 0.5, 1);
    }

    [Fact]
    public void The_json_and_markdown_reports_carry_the_matches()
    {
        var result = Analyze();
        var json = ReportJson.Serialize(result);
        Assert.Contains("\"factChecks\"", json);
        Assert.Contains("https://checks.example.org/bridge", json);
        var md = MarkdownReportWriter.Render(result);
        Assert.Contains("fact-checked: False", md);
    }

    [Fact]
    public void Matches_under_the_minimum_score_are_left_out()
    {
        Assert.Empty(Analyze(minScore: 1.01).Document.Get(FactCheckLayers.FactChecks));
    }
}

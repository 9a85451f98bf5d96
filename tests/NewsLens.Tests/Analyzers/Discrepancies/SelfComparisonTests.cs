using System.Text.Json;
using NewsLens.Analyzers.Discrepancies;
using NewsLens.Tests.Support;
using NewsLens.Training.Discrepancies;

namespace NewsLens.Tests.Analyzers.Discrepancies;

/// <summary>An article compared with itself tells nothing differently: every sentence aligns with itself and no flag is raised.</summary>
public class SelfComparisonTests
{
    [Fact]
    public void Each_spec_source_compared_with_itself_raises_no_flag()
    {
        foreach (var text in DiscrepancySpecReader.ReadAll(ComparePipelines.SpecRoot).Select(c => c.Source).Distinct())
        {
            var doc = ComparePipelines.Analyse(text);
            var result = DiscrepancyFinder.Compare(doc, doc);
            Assert.Empty(result.Discrepancies);
            Assert.All(result.Alignments, a => Assert.Equal(a.ArticleSentence, a.SourceSentence));
        }
    }

    [SharedDataFact]
    public void Basil_articles_compared_with_themselves_raise_no_flag()
    {
        // why: real articles repeat sentences, quote across sentences and resolve pronouns: the places identity broke
        var files = Directory.GetFiles(SharedData.PathTo("basil-media-bias", "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(60);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var text = string.Join("\n\n", json.RootElement.GetProperty("body-paragraphs").EnumerateArray()
                .Select(p => string.Join(" ", p.EnumerateArray().Select(x => x.GetString()))));
            var doc = ComparePipelines.Analyse(text);
            var flags = DiscrepancyFinder.Compare(doc, doc).Discrepancies;
            Assert.True(flags.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", flags.Select(DiscrepancySpecRun.Dump))}");
        }
    }
}

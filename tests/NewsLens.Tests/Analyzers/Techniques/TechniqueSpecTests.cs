using System.Text.RegularExpressions;
using NewsLens.Analyzers.Techniques;
using NewsLens.Tests.Support;
using NewsLens.Text;
using Xunit.Abstractions;

namespace NewsLens.Tests.Analyzers.Techniques;

public partial class TechniqueSpecTests(TechniqueModelFixture fixture, ITestOutputHelper output) : IClassFixture<TechniqueModelFixture>
{
    private static string SpecPath(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", "Techniques", name);

    public sealed record TcCase(string Text, TextSpan Span, string Quoted, string Technique);

    [GeneratedRegex("^technique (\\d+)-(\\d+) \"(.*)\" = (.+)$")]
    private static partial Regex TcLine();

    public static List<TcCase> ReadTcCases()
    {
        var cases = new List<TcCase>();
        string? text = null;
        foreach (var line in File.ReadLines(SpecPath("tc-specs.md")))
        {
            if (line.StartsWith("> ", StringComparison.Ordinal)) { text = line[2..]; continue; }
            var m = TcLine().Match(line);
            if (!m.Success) continue;
            cases.Add(new TcCase(text!, new TextSpan(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)), m.Groups[3].Value, m.Groups[4].Value));
        }
        return cases;
    }

    [Fact]
    public void Every_technique_has_spec_cases_whose_offsets_select_the_quoted_words()
    {
        var cases = ReadTcCases();
        Assert.All(cases, c => Assert.Equal(c.Quoted, c.Text[c.Span.Start..c.Span.End]));
        Assert.All(cases, c => Assert.Contains(c.Technique, TechniqueNames.All));
        Assert.Equal(TechniqueNames.All.Count, cases.Select(c => c.Technique).Distinct().Count());
    }

    [Fact]
    public void The_classifier_ranks_most_spec_techniques_first_and_nearly_all_among_its_top_three()
    {
        var cases = ReadTcCases();
        int first = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var doc = Document.Create(c.Text);
            var a = new ArticleFeatures(doc);
            var probs = fixture.Model.ClassifyProbabilities(a, [c.Span])[0];
            var ranked = Enumerable.Range(0, probs.Length).OrderByDescending(k => probs[k]).Select(k => TechniqueNames.All[k]).ToList();
            int rank = ranked.IndexOf(c.Technique);
            if (rank == 0) first++;
            if (rank > 2) misses.Add($"\"{c.Quoted}\" expected {c.Technique}, got {ranked[0]}, {ranked[1]}, {ranked[2]}");
            output.WriteLine($"rank {rank + 1}: {c.Technique} <- \"{c.Quoted}\" (top: {ranked[0]})");
        }
        output.WriteLine($"top-1 {first}/{cases.Count}; outside the top 3: {misses.Count}");
        // Floors, not perfection: a linear model trained on 6k PTC spans misses several rare-technique forms
        // (listed in the test output). Measured with the committed model: 21/41 first, 32/41 in the top 3.
        Assert.True(first * 100 >= 45 * cases.Count, $"only {first} of {cases.Count} spec spans got their technique first");
        Assert.True((cases.Count - misses.Count) * 100 >= 70 * cases.Count, "too many spec spans outside the top 3:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void Span_identification_finds_most_loaded_phrases_and_nothing_in_plain_reporting()
    {
        string? text = null;
        var failures = new List<string>();
        var missed = new List<string>();
        int expectations = 0;
        foreach (var line in File.ReadLines(SpecPath("si-specs.md")))
        {
            if (line.StartsWith("> ", StringComparison.Ordinal)) { text = line[2..]; continue; }
            if (text is null) continue;
            var found = fixture.Model.IdentifySpans(Document.Create(text));
            output.WriteLine($"{text} -> {string.Join(" | ", found.Select(f => $"{f.Span} \"{text[f.Span.Start..f.Span.End]}\" {f.Score:0.00}"))}");
            if (line == "none" && found.Count > 0) failures.Add($"expected no span in \"{text}\"");
            if (line.StartsWith("span \"", StringComparison.Ordinal))
            {
                var words = line[6..^1];
                int at = text.IndexOf(words, StringComparison.Ordinal);
                Assert.True(at >= 0, $"spec words \"{words}\" are not in its text");
                var want = new TextSpan(at, at + words.Length);
                expectations++;
                if (!found.Any(f => f.Span.Overlaps(want))) missed.Add($"no span overlaps \"{words}\" in \"{text}\"");
            }
        }
        output.WriteLine(string.Join("\n", missed));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // At most one loaded phrase in four may be missed (measured: 1 of 4, "radical extremists").
        Assert.True(missed.Count * 4 <= expectations, string.Join("\n", missed));
    }
}

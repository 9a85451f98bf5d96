using System.Text;
using NewsLens.Analyzers.Attributions;
using NewsLens.Models;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Attributions;

/// <summary>Runs the cases of Specs/Attributions/*.md against both committed models: the fast pipeline's and the
/// accurate one's (over the shipped encoder's vectors).</summary>
public class AttributionSpecTests
{
    private static readonly ModelDirectory Models = new(Path.Combine(SharedData.RepoRoot, "models"));
    private static readonly Lazy<AttributionExtractor> Fast = new(() => new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(Models)));
    private static readonly Lazy<AttributionExtractor> Accurate = new(() => new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(Models, useEncoder: true)));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in SpecFile.Read(Path.Combine(AppContext.BaseDirectory, "Specs", "Attributions", "attributions.md")))
            foreach (var pipeline in new[] { "fast", "accurate" }) data.Add(c.Name, pipeline);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_produces_its_expected_dump(string name, string pipeline)
    {
        var spec = SpecFile.Read(Path.Combine(AppContext.BaseDirectory, "Specs", "Attributions", "attributions.md")).Single(c => c.Name == name);
        var doc = Document.Create(spec.Text);
        if (pipeline == "accurate") new NewsLens.Encoders.EncoderAnalyzer(NewsLens.Tests.Encoders.SharedEncoder.Shipped).Analyze(doc, CancellationToken.None);
        var found = (pipeline == "accurate" ? Accurate : Fast).Value.Extract(doc);
        var dump = found.Select(a => Dump(spec.Text, a)).ToList();
        string all = string.Join("\n", dump);
        foreach (var line in spec.Expect)
        {
            // An expected line matches a dump line that contains each of its space-separated fields in order.
            Assert.True(dump.Any(d => ContainsInOrder(d, Fields(line))), $"expected `{line}` in:\n{all}");
        }
        foreach (var line in spec.Absent) Assert.DoesNotContain(line, all, StringComparison.Ordinal);
        foreach (var a in found)
            foreach (var h in a.GetHighlights()) Assert.InRange(h.Span.End, h.Span.Start, spec.Text.Length);
    }

    internal static string Dump(string text, Attribution a)
    {
        string S(TextSpan s) => text[s.Start..s.End].Replace("\n", "⏎");
        var sb = new StringBuilder();
        sb.Append(a.Kind.ToString().ToLowerInvariant());
        if (a.Source is { } src) sb.Append($" source=\"{S(src)}\"");
        sb.Append($" cue=\"{S(a.Cue)}\" content=\"{string.Join(" | ", a.ContentParts.Select(S))}\"");
        if (a.Speaker is null && a.Source is not null) sb.Append(" speaker=none");
        if (a.Speaker is { } sp)
        {
            sb.Append($" speaker={sp.Name}/{sp.Resolution.ToString().ToLowerInvariant()}");
            if (sp.Title is not null || sp.Organisation is not null) sb.Append('/').Append(sp.Title);
            if (sp.Organisation is not null) sb.Append('/').Append(sp.Organisation);
        }
        if (a.Unclosed) sb.Append(" unclosed");
        return sb.ToString();
    }

    // Splits on the spaces that separate key=value fields (a space followed by a known key or the word "unclosed").
    private static List<string> Fields(string line)
    {
        var keys = new[] { " source=", " cue=", " content=", " speaker=", " unclosed" };
        var cuts = new List<int> { 0 };
        for (int i = 0; i < line.Length; i++)
            if (keys.Any(k => string.CompareOrdinal(line, i, k, 0, k.Length) == 0)) cuts.Add(i + 1);
        cuts.Add(line.Length + 1);
        var fields = new List<string>();
        for (int i = 0; i + 1 < cuts.Count; i++) fields.Add(line[cuts[i]..Math.Min(line.Length, cuts[i + 1] - 1)].Trim());
        return fields.Where(f => f.Length > 0).ToList();
    }

    private static bool ContainsInOrder(string dump, List<string> fields)
    {
        int at = 0;
        foreach (var f in fields)
        {
            int i = dump.IndexOf(f, at, StringComparison.Ordinal);
            if (i < 0) return false;
            at = i + f.Length;
        }
        return true;
    }
}

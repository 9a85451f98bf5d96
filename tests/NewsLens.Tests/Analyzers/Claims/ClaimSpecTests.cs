using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Quantities;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyzers.Claims;

public sealed class ClaimSpecTests
{
    internal static readonly Lazy<AnalysisPipeline> Pipeline = new(() =>
        new PipelineBuilder().UseClaims(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models"))).Build());

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        string? text = null;
        var expected = new List<string>();
        int line = 0, caseLine = 0;
        foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "Claims", "claims.spec.txt")).Append(""))
        {
            line++;
            if (raw.StartsWith('#')) continue;
            if (raw.StartsWith("> ", StringComparison.Ordinal)) { text = raw[2..]; caseLine = line; expected.Clear(); continue; }
            if (raw.Length == 0)
            {
                if (text is not null) data.Add($"line {caseLine}", text, string.Join("\n", expected));
                text = null;
                continue;
            }
            expected.Add(raw);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_spec_case_ranks_classes_and_explains_its_sentences_as_listed(string where, string text, string expected)
    {
        var doc = Pipeline.Value.Analyze(text).Document;
        var claims = doc.Get(ClaimLayers.Claims);
        Assert.Equal(doc.Sentences.Count, claims.Count);
        string Dump() => string.Join("\n", claims.Select(c => $"{c.SentenceIndex} rank {c.Rank} {c.Score:0.000} {c.Class} [{string.Join(",", c.Reasons)}] q={c.Quantities.Count}"));
        foreach (var e in expected.Split('\n'))
        {
            var f = e.Split(' ');
            switch (f[0])
            {
                case "top":
                    Assert.True(claims[int.Parse(f[1])].Rank == 1, $"{where}: {e}\n{Dump()}");
                    break;
                case "class":
                    Assert.True(string.Equals(claims[int.Parse(f[1])].Class.ToString(), f[2], StringComparison.OrdinalIgnoreCase), $"{where}: {e}\n{Dump()}");
                    break;
                case "reasons":
                    foreach (var r in f[2].Split(','))
                        Assert.True(claims[int.Parse(f[1])].Reasons.Contains(Enum.Parse<ClaimReason>(r)), $"{where}: {e}\n{Dump()}");
                    break;
                case "quantities":
                    Assert.True(claims[int.Parse(f[1])].Quantities.Count == int.Parse(f[2]), $"{where}: {e}\n{Dump()}");
                    break;
                default:
                    throw new InvalidOperationException($"{where}: unknown expectation '{e}'");
            }
        }
    }
}

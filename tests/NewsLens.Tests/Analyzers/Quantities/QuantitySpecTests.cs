using System.Globalization;
using NewsLens.Analyzers.Quantities;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Quantities;

public sealed class QuantitySpecTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Quantities", "quantities.spec.txt");
        string? text = null;
        var expected = new List<string>();
        int line = 0, caseLine = 0;
        foreach (var raw in File.ReadAllLines(path).Append(""))
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
            if (raw != "none") expected.Add(raw);
        }
        return data;
    }

    internal static string Dump(Document doc, Quantity q)
    {
        var s = $"{q.Kind.ToString().ToLowerInvariant()} {q.Span} \"{doc[q.Span]}\" {(q.Noun is null ? q.Normalized : q.Normalized[..^(q.Noun.Length + 1)])}";
        return q.Noun is null ? s : s + " noun=" + q.Noun;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_spec_case_gives_exactly_the_listed_quantities(string where, string text, string expected)
    {
        var doc = Document.Create(text);
        var actual = string.Join("\n", QuantityExtractor.Extract(doc).Select(q => Dump(doc, q)));
        Assert.True(expected == actual, $"{where}: {text}\nexpected:\n{expected}\nactual:\n{actual}");
    }

    [Fact]
    public void Quantities_lie_inside_their_sentence_and_do_not_overlap()
    {
        var doc = Document.Create("About 40 people, more than 200 cars and five to eight kilometres. In 2019 prices rose 5%.");
        var qs = QuantityExtractor.Extract(doc);
        Assert.True(qs.Count >= 5);
        for (int i = 1; i < qs.Count; i++) Assert.True(qs[i - 1].Span.End <= qs[i].Span.Start);
        foreach (var q in qs) Assert.Contains(doc.Sentences, s => s.Span.Contains(q.Span));
    }

    [Fact]
    public void Comparable_values_show_a_discrepancy_between_thousands_and_a_few_hundred()
    {
        var doc = Document.Create("Thousands of protesters marched. Police said a few hundred protesters took part.");
        var qs = QuantityExtractor.Extract(doc);
        Assert.Equal(2, qs.Count);
        Assert.Equal(qs[0].Noun, qs[1].Noun);
        Assert.True(qs[1].High < qs[0].Low, string.Create(CultureInfo.InvariantCulture, $"{qs[1].High} vs {qs[0].Low}"));
    }
}

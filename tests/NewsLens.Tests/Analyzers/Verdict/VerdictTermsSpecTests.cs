using NewsLens.Analyzers.Verdict;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Verdict;

public sealed class VerdictTermsSpecTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        string? title = null, outlets = null, text = null;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "Verdict", "terms.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) title = line[3..];
            else if (line.StartsWith("outlets:", StringComparison.Ordinal)) outlets = line[8..].Trim();
            else if (line.StartsWith("text: ", StringComparison.Ordinal)) text = line[6..];
            else if (line.StartsWith("terms: ", StringComparison.Ordinal)) data.Add(title!, outlets!, text!, line[7..]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_spec_text_yields_exactly_the_expected_terms(string title, string outlets, string text, string terms)
    {
        var mask = new OutletMask(outlets.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var actual = new List<string>();
        VerdictTerms.Visit(Document.Create(text), mask, (t, _, _) => actual.Add(t.ToString()));
        Assert.True(terms == string.Join(" | ", actual), $"{title}: got {string.Join(" | ", actual)}");
    }
}

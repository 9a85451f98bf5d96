using System.Globalization;
using NewsLens.Analyzers.Style;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Style;

public sealed class StyleSpecTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Style", "style-profile.md");
        string? title = null, text = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) title = line[3..];
            else if (line.StartsWith("text: ", StringComparison.Ordinal)) text = line[6..];
            else if (line.StartsWith("expect: ", StringComparison.Ordinal)) data.Add(title!, text!, line[8..]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_spec_text_has_the_expected_feature_values(string title, string text, string expect)
    {
        var profile = StyleFeatureExtractor.Default.Extract(Document.Create(text));
        foreach (var pair in expect.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=')], double.Parse(pair[(pair.IndexOf('=') + 1)..], CultureInfo.InvariantCulture));
            var actual = profile.Value(name);
            Assert.True(actual.HasValue, $"{title}: feature {name} missing");
            Assert.True(Math.Abs(actual!.Value - value) < 0.006, $"{title}: {name} = {actual:0.####}, expected {value}");
        }
    }
}

namespace NewsLens.Tests.Ingest.Html;

/// <summary>One fixture of Specs/Extraction: the page and the expectations from its leading comment.</summary>
public sealed record ExtractionSpec(string Name, string Html, IReadOnlyDictionary<string, string> Expect)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs", "Extraction");

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(Folder, "*.html").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    public static ExtractionSpec Load(string name)
    {
        var html = File.ReadAllText(Path.Combine(Folder, name + ".html"));
        int start = html.IndexOf("<!--", StringComparison.Ordinal) + 4;
        int end = html.IndexOf("-->", start, StringComparison.Ordinal);
        var header = html[start..end].Replace("\r\n", "\n").Trim('\n');
        var expect = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = header.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int colon = lines[i].IndexOf(':');
            if (colon <= 0) continue;
            var key = lines[i][..colon].Trim();
            if (key == "text")
            {
                expect[key] = string.Join("\n", lines[(i + 1)..]).Trim('\n');
                break;
            }
            expect[key] = lines[i][(colon + 1)..].Trim();
        }
        return new ExtractionSpec(name, html, expect);
    }
}

using System.Text.RegularExpressions;
using NewsLens.Analyzers.Discrepancies;

namespace NewsLens.Training.Discrepancies;

/// <summary>
/// Reads the discrepancy spec files (Markdown): one <c>~~~source</c> block per file, then cases, each a <c>## name</c>
/// heading, a <c>~~~article</c> block and a <c>~~~expect</c> block of lines <c>kind [article="..."] [source="..."]</c>
/// or <c>none</c>.
/// </summary>
public static partial class DiscrepancySpecReader
{
    /// <summary>Every case of every <c>*.md</c> file in the subfolders of <paramref name="root"/>, in file-name order.</summary>
    public static List<DiscrepancyCase> ReadAll(string root) =>
        [.. Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal)
            .SelectMany(d => Directory.GetFiles(d, "*.md").OrderBy(f => f, StringComparer.Ordinal))
            .SelectMany(f => Read(f, Path.GetFileName(Path.GetDirectoryName(f))!))];

    /// <exception cref="InvalidDataException">naming the file and line, for a file without a source, a case without an
    /// article or expectations, or an unknown kind.</exception>
    public static List<DiscrepancyCase> Read(string path, string set)
    {
        var lines = File.ReadAllLines(path);
        string file = Path.GetFileNameWithoutExtension(path);
        string? source = null, name = null, article = null;
        List<ExpectedFlag>? expect = null;
        var cases = new List<DiscrepancyCase>();
        void Close(int line)
        {
            if (name is null) return;
            if (source is null || article is null || expect is null)
                throw new InvalidDataException($"{path}:{line}: case '{name}' needs a source, an article and an expect block");
            cases.Add(new DiscrepancyCase(file, set, name, source, article, expect));
        }
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                Close(i + 1);
                (name, article, expect) = (lines[i][3..].Trim(), null, null);
                continue;
            }
            if (!lines[i].StartsWith("~~~", StringComparison.Ordinal) || lines[i].Length == 3) continue;
            string tag = lines[i][3..].Trim();
            int start = i + 2; // the 1-based number of the block's first line
            var block = new List<string>();
            for (i++; i < lines.Length && lines[i] != "~~~"; i++) block.Add(lines[i]);
            string text = string.Join("\n", block);
            switch (tag)
            {
                case "source": source = text; break;
                case "article": article = text; break;
                case "expect": expect = [.. block.Select((l, k) => (l, k)).Where(x => x.l.Trim() is { Length: > 0 } and not "none").Select(x => Parse(x.l, path, start + x.k))]; break;
            }
        }
        Close(lines.Length);
        return cases;
    }

    private static ExpectedFlag Parse(string line, string path, int lineNumber)
    {
        var m = FlagLine().Match(line.Trim());
        if (!m.Success || DiscrepancyKinds.Parse(m.Groups["kind"].Value) is not { } kind)
            throw new InvalidDataException($"{path}:{lineNumber}: '{line}' is not `kind [article=\"...\"] [source=\"...\"]` with a known kind");
        return new ExpectedFlag(kind, m.Groups["a"].Success ? m.Groups["a"].Value : null, m.Groups["s"].Success ? m.Groups["s"].Value : null);
    }

    [GeneratedRegex("""^(?<kind>[a-z-]+)(?:\s+article="(?<a>[^"]*)")?(?:\s+source="(?<s>[^"]*)")?$""")]
    private static partial Regex FlagLine();
}

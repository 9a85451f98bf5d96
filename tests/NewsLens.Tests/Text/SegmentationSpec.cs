namespace NewsLens.Tests.Text;

/// <summary>One example of a segmentation spec file: the input and the expected sentences (and tokens, if given).</summary>
internal sealed record SegmentationSpec(string File, string Name, string Text, IReadOnlyList<string> Sentences, IReadOnlyList<string>? Tokens)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs", "Segmentation");

    /// <summary>Parses every example of every <c>*.md</c> file in <see cref="Folder"/> (README excepted).</summary>
    public static IEnumerable<SegmentationSpec> LoadAll() =>
        Directory.EnumerateFiles(Folder, "*.md")
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(Parse);

    private static IEnumerable<SegmentationSpec> Parse(string path)
    {
        string file = Path.GetFileNameWithoutExtension(path);
        string? name = null, text = null;
        List<string>? sentences = null, tokens = null;
        List<string>? block = null;
        string? blockKind = null;
        foreach (var raw in System.IO.File.ReadAllLines(path))
        {
            if (block is not null)
            {
                if (raw.StartsWith("```", StringComparison.Ordinal))
                {
                    switch (blockKind)
                    {
                        case "text": text = string.Join('\n', block); break;
                        case "sentences": sentences = block; break;
                        case "tokens": tokens = string.Join(" | ", block).Split(" | ").ToList(); break;
                    }
                    block = null;
                }
                else block.Add(raw);
                continue;
            }
            if (raw.StartsWith("```", StringComparison.Ordinal)) { block = []; blockKind = raw[3..].Trim(); continue; }
            if (raw.StartsWith("## ", StringComparison.Ordinal))
            {
                if (Complete(file, name, text, sentences, tokens) is { } spec) yield return spec;
                name = raw[3..].Trim();
                text = null;
                sentences = tokens = null;
            }
        }
        if (Complete(file, name, text, sentences, tokens) is { } last) yield return last;
    }

    private static SegmentationSpec? Complete(string file, string? name, string? text, List<string>? sentences, List<string>? tokens)
    {
        if (name is null || text is null || sentences is null) return null;
        // why: spec files are stored with LF; an example marked (CRLF) checks Windows line ends.
        if (name.Contains("(CRLF)", StringComparison.Ordinal)) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        return new SegmentationSpec(file, name, text, sentences.Select(Unescape).ToList(), tokens);
    }

    private static string Unescape(string s) => s.Replace("\\r", "\r", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);

    public override string ToString() => $"{File}: {Name}";
}

namespace NewsLens.Tests.Analyzers.Attributions;

/// <summary>One case of a spec file: a heading, a ~~~text block, and ~~~expect / ~~~absent blocks.</summary>
public sealed record SpecCase(string Name, string Text, IReadOnlyList<string> Expect, IReadOnlyList<string> Absent);

/// <summary>Reads spec files written as Markdown: "## name", then fenced blocks tagged text, expect and absent.</summary>
public static class SpecFile
{
    public static List<SpecCase> Read(string path)
    {
        var cases = new List<SpecCase>();
        string? name = null, text = null;
        List<string> expect = [], absent = [];
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null && text is not null) cases.Add(new SpecCase(name, text, expect, absent));
                name = lines[i][3..].Trim();
                text = null;
                expect = [];
                absent = [];
                continue;
            }
            if (!lines[i].StartsWith("~~~", StringComparison.Ordinal) || lines[i].Length == 3) continue;
            string tag = lines[i][3..].Trim();
            var block = new List<string>();
            for (i++; i < lines.Length && lines[i] != "~~~"; i++) block.Add(lines[i]);
            switch (tag)
            {
                case "text": text = string.Join("\n", block); break;
                case "expect": expect.AddRange(block.Where(l => l.Length > 0)); break;
                case "absent": absent.AddRange(block.Where(l => l.Length > 0)); break;
            }
        }
        if (name is not null && text is not null) cases.Add(new SpecCase(name, text, expect, absent));
        return cases;
    }
}

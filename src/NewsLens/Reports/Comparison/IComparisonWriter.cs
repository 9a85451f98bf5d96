namespace NewsLens.Reports.Comparison;

/// <summary>One output format of <c>newslens compare</c>: its name and how it writes a report.</summary>
public interface IComparisonWriter
{
    /// <summary>The <c>--format</c> value, lower case.</summary>
    string Name { get; }

    void Write(TextWriter writer, ComparisonReport report);
}

/// <summary>Every comparison format, registered once here.</summary>
public static class ComparisonWriters
{
    public static IReadOnlyList<IComparisonWriter> All { get; } =
        [new ComparisonTextWriter(), new ComparisonJsonWriter(), new ComparisonMarkdownWriter(), new ComparisonHtmlWriter()];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(w => w.Name)];

    /// <exception cref="ArgumentException">for an unknown name.</exception>
    public static IComparisonWriter Get(string name) =>
        All.FirstOrDefault(w => w.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown format '{name}'; valid: {string.Join(", ", Names)}", nameof(name));
}

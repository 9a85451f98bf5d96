using NewsLens.Reports.Html;
using NewsLens.Reports.Markdown;

namespace NewsLens.Reports;

/// <summary>
/// The report formats every host offers (CLI <c>--format</c>, web <c>?format=</c>). A new format is one
/// <see cref="IReportWriter"/> file plus one line here. Thread-safe (immutable).
/// </summary>
public static class ReportWriters
{
    /// <summary>Every writer, the default (JSON) first.</summary>
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new JsonReportWriter(),
        new JsonLinesReportWriter(),
        new HtmlReportWriter(),
        new MarkdownReportWriter(),
    ];

    public static IReportWriter Default => All[0];

    /// <summary>The names <see cref="Find"/> accepts, aliases excluded, in registration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(w => w.Name)];

    /// <summary>The writer named <paramref name="name"/> (or one of its aliases), ignoring case; null when none is.</summary>
    public static IReportWriter? Find(string? name)
    {
        var n = name?.Trim();
        if (string.IsNullOrEmpty(n)) return null;
        return All.FirstOrDefault(w => w.Name.Equals(n, StringComparison.OrdinalIgnoreCase)
            || w.Aliases.Contains(n, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The writer named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">naming the valid names when none is called so.</exception>
    public static IReportWriter Get(string name) =>
        Find(name) ?? throw new ArgumentException($"unknown report format '{name}' (valid: {string.Join(", ", Names)})", nameof(name));
}

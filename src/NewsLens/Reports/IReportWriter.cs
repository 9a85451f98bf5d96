using NewsLens.Pipeline;

namespace NewsLens.Reports;

/// <summary>
/// One output format of reports: its name (as <c>--format</c> and <c>?format=</c> spell it), file extension, HTTP content
/// type and renderer. Register an implementation in <see cref="ReportWriters"/>. Implementations are stateless and
/// thread-safe.
/// </summary>
public interface IReportWriter
{
    /// <summary>Lower-case name, e.g. <c>jsonl</c>.</summary>
    string Name { get; }

    /// <summary>Other accepted spellings of <see cref="Name"/>, e.g. <c>markdown</c> for <c>md</c>.</summary>
    IReadOnlyList<string> Aliases => [];

    /// <summary>Extension of a report file, dot included, e.g. <c>.json</c>.</summary>
    string FileExtension { get; }

    /// <summary>HTTP content type, charset included.</summary>
    string ContentType { get; }

    /// <summary>
    /// True when several reports can follow one another in one file (JSON Lines): <c>-o FILE</c> then holds a whole
    /// batch, and an interrupted batch can be resumed by appending to it.
    /// </summary>
    bool CanStream { get; }

    /// <summary>True when a report is a whole page (HTML) that cannot share a stream with another report.</summary>
    bool IsPage => false;

    /// <summary>Writes the report of <paramref name="result"/>, ending with a newline.</summary>
    void Write(AnalysisResult result, TextWriter output);
}

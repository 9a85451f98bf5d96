using NewsLens.Pipeline;

namespace NewsLens.Reports;

/// <summary>The JSON report on one line, so a file holds one report a line (JSON Lines). Thread-safe.</summary>
public sealed class JsonLinesReportWriter : IReportWriter
{
    public string Name => "jsonl";
    public IReadOnlyList<string> Aliases => ["ndjson"];
    public string FileExtension => ".jsonl";
    public string ContentType => "application/x-ndjson; charset=utf-8";
    public bool CanStream => true;

    public void Write(AnalysisResult result, TextWriter output)
    {
        output.Write(ReportJson.Serialize(result, indented: false));
        output.Write('\n');
    }
}

using NewsLens.Pipeline;

namespace NewsLens.Reports;

/// <summary>The JSON report (<see cref="ArticleReport"/>), indented. Thread-safe.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Name => "json";
    public string FileExtension => ".json";
    public string ContentType => "application/json; charset=utf-8";
    public bool CanStream => false;

    public void Write(AnalysisResult result, TextWriter output)
    {
        output.Write(ReportJson.Serialize(result, indented: true));
        output.Write('\n');
    }
}

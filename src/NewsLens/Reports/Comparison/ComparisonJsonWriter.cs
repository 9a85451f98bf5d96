using System.Text.Json;

namespace NewsLens.Reports.Comparison;

/// <summary>The report as indented JSON (camelCase, spans as <c>[start, end]</c>), the same options as analysis reports.</summary>
public sealed class ComparisonJsonWriter : IComparisonWriter
{
    public string Name => "json";

    public void Write(TextWriter writer, ComparisonReport report)
    {
        writer.Write(JsonSerializer.Serialize(report, ReportJson.Options));
        writer.WriteLine();
    }
}

namespace NewsLens.Cli.Batch;

/// <summary>Output formats of <c>newslens analyze</c>.</summary>
internal enum ReportFormat
{
    Json,
    Jsonl,
    Html,
    Md,
}

internal static class ReportFormatNames
{
    public static bool TryParse(string? name, out ReportFormat format)
    {
        switch (name?.ToLowerInvariant())
        {
            case "json": format = ReportFormat.Json; return true;
            case "jsonl": format = ReportFormat.Jsonl; return true;
            case "html": format = ReportFormat.Html; return true;
            case "md" or "markdown": format = ReportFormat.Md; return true;
            default: format = default; return false;
        }
    }

    public static string Extension(this ReportFormat f) => f switch
    {
        ReportFormat.Json => ".json",
        ReportFormat.Jsonl => ".jsonl",
        ReportFormat.Html => ".html",
        _ => ".md",
    };
}

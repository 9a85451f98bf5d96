namespace NewsLens.Reports.Html;

/// <summary>How an HTML report carries its style sheet and script.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>
    /// Null (the default): both are embedded, and the page's Content-Security-Policy allows exactly those two by their
    /// SHA-256, so a saved report works offline. A path such as <c>/assets/</c>: the page links
    /// <c>report.css</c> and <c>report.js</c> under it, as a server that serves <see cref="ReportAssets"/> does.
    /// </summary>
    public string? AssetBase { get; init; }

    /// <summary>Links shown under the title (text, address), e.g. the server's export links; encoded like all else.</summary>
    public IReadOnlyList<(string Text, string Href)> Navigation { get; init; } = [];
}

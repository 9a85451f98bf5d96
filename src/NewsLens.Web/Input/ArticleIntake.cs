using System.Text;
using NewsLens.Ingest;

namespace NewsLens.Web.Input;

/// <summary>
/// Turns a submission (pasted text, an HTML page, an uploaded file or a URL) into an article through the same readers
/// as the CLI, so titles, HTML extraction and the binary and size checks are the CLI's. Thread-safe.
/// </summary>
public sealed class ArticleIntake(ReaderRegistry readers, UrlFetchOptions fetchOptions, UrlFetcher fetcher)
{
    public async Task<ArticleInput> ReadAsync(ArticleSubmission s, CancellationToken ct)
    {
        if (s.Text is not null && s.Html is not null)
            throw new IntakeException(400, "two articles", "give either 'text' or 'html', not both");
        if ((s.Text ?? s.Html) is { } content && string.IsNullOrWhiteSpace(content))
            throw new IntakeException(400, "no article text", $"the '{(s.Text is not null ? "text" : "html")}' field is empty");
        if (s.Text is null && s.Html is null && string.IsNullOrWhiteSpace(s.Url))
            throw new IntakeException(400, "no article", "give the article in one of the fields 'text', 'html' or 'url' (or upload a file)");
        if (WebLimits.FieldProblem(s.Id, s.Title, s.Source, s.Url) is { } field)
            throw new IntakeException(400, "field too long", field);
        ArticleInput article;
        if (s.Text is not null) article = Read(Encoding.UTF8.GetBytes(s.Text), "text", "pasted.txt");
        else if (s.Html is not null) article = Read(Encoding.UTF8.GetBytes(s.Html), "html", "pasted.html");
        else article = await FetchAsync(s.Url!, ct);
        return Complete(article, s);
    }

    /// <summary>An uploaded file: HTML when its name or content type says so, else plain text.</summary>
    public ArticleInput ReadFile(byte[] bytes, string fileName, string? contentType, ArticleSubmission metadata)
    {
        if (bytes.Length == 0) throw new IntakeException(400, "empty file", $"the uploaded file '{fileName}' is empty");
        bool html = fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || (contentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ?? false);
        if (WebLimits.FieldProblem(metadata.Id, metadata.Title, metadata.Source, metadata.Url) is { } field)
            throw new IntakeException(400, "field too long", field);
        return Complete(Read(bytes, html ? "html" : "text", html ? "upload.html" : "upload.txt"), metadata);
    }

    private async Task<ArticleInput> FetchAsync(string url, CancellationToken ct)
    {
        if (!fetchOptions.Enabled)
            throw new IntakeException(403, "URL fetching is off", "this server does not fetch pages; paste the text or upload the page instead (the operator can set NewsLens:UrlFetch:Enabled)");
        var page = await fetcher.FetchAsync(url, ct);
        bool html = page.MediaType is null or "text/html" or "application/xhtml+xml";
        if (!html && page.MediaType is not "text/plain")
            throw new IntakeException(415, "not an article page", $"{page.Url} is '{page.MediaType}', not an HTML page or plain text");
        var article = Read(page.Body, html ? "html" : "text", html ? "fetched.html" : "fetched.txt");
        return article with { Metadata = article.Metadata with { Url = article.Metadata.Url ?? page.Url.ToString() } };
    }

    private ArticleInput Read(byte[] bytes, string format, string name)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var items = readers.Read(stream, name, format).ToList();
        if (items.FirstOrDefault(i => i.Article is not null)?.Article is { } article) return article;
        var why = items.Select(i => i.Error ?? i.Skipped).FirstOrDefault(e => e is not null) ?? "no text found";
        throw new IntakeException(400, "unreadable article", $"{name}: {why}");
    }

    private static ArticleInput Complete(ArticleInput a, ArticleSubmission s) => a with
    {
        Metadata = a.Metadata with
        {
            Id = s.Id,
            Title = string.IsNullOrWhiteSpace(s.Title) ? a.Metadata.Title : s.Title.Trim(),
            SiteName = string.IsNullOrWhiteSpace(s.Source) ? a.Metadata.SiteName : s.Source.Trim(),
            Url = string.IsNullOrWhiteSpace(s.Url) ? a.Metadata.Url : s.Url.Trim(),
        },
    };
}

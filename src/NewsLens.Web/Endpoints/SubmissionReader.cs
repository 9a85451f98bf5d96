using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NewsLens.Ingest;
using NewsLens.Web.Input;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// Reads the article of a request: a JSON <see cref="ArticleSubmission"/>, or a form (fields <c>text</c>, <c>html</c>,
/// <c>url</c>, <c>title</c>, <c>source</c>, or an uploaded <c>file</c>). Bodies over <see cref="WebLimits.MaxRequestBytes"/>
/// are refused (413) whatever the server in front, malformed JSON is a 400, any other content type a 415.
/// </summary>
internal static class SubmissionReader
{
    public static async Task<ArticleInput> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        var intake = http.HttpContext.RequestServices.GetRequiredService<ArticleIntake>();
        if (http.ContentLength > WebLimits.MaxRequestBytes) throw TooLarge(http.ContentLength.Value);
        if (http.HasJsonContentType())
            return await intake.ReadAsync(await ReadJsonAsync(http, ct), ct);
        if (!http.HasFormContentType)
            throw new IntakeException(415, "unsupported content type",
                $"'{http.ContentType ?? "none"}': send application/json ({{\"text\"|\"html\"|\"url\": ..., \"title\", \"source\"}}) or multipart/form-data with a 'file'");
        var form = await http.ReadFormAsync(ct);
        var fields = new ArticleSubmission(Field(form, "text"), Field(form, "html"), Field(form, "url"), Field(form, "title"), Field(form, "source"), Field(form, "id"));
        if (form.Files.GetFile("file") is { Length: > 0 } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            return intake.ReadFile(buffer.ToArray(), file.FileName, file.ContentType, fields);
        }
        return await intake.ReadAsync(fields, ct);
    }

    private static async Task<ArticleSubmission> ReadJsonAsync(HttpRequest http, CancellationToken ct)
    {
        // why: read with a bound of our own, so a chunked body cannot outgrow the limit behind a server that sets none
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await http.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > WebLimits.MaxRequestBytes) throw TooLarge(buffer.Length + n);
            buffer.Write(chunk, 0, n);
        }
        if (buffer.Length == 0) throw new IntakeException(400, "empty body", "the request has no body; send {\"text\": \"...\"}");
        var options = http.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return JsonSerializer.Deserialize<ArticleSubmission>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options)
                ?? throw new IntakeException(400, "malformed JSON", "the body is JSON null; send an object such as {\"text\": \"...\"}");
        }
        catch (JsonException ex)
        {
            throw new IntakeException(400, "malformed JSON", $"the body is not a valid article object: {ex.Message}");
        }
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

    private static IntakeException TooLarge(long bytes) =>
        new(413, "request too large", $"the body is {bytes:N0} bytes or more, over the limit of {WebLimits.MaxRequestBytes:N0}");
}

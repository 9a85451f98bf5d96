namespace NewsLens.Ingest.Warc;

/// <summary>
/// An HTTP response taken from a WARC block: <see cref="Html"/> when it is an HTML page, else <see cref="SkipReason"/>
/// (not HTML, not 2xx: skipped quietly) or <see cref="Error"/> (a page that cannot be decoded).
/// </summary>
internal sealed record HttpResponse(string? Html, string? SkipReason, string? Error);

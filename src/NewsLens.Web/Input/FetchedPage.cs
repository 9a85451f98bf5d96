namespace NewsLens.Web.Input;

/// <summary>A page fetched from the web: its final address (after redirects), media type and body.</summary>
public sealed record FetchedPage(Uri Url, string? MediaType, byte[] Body);

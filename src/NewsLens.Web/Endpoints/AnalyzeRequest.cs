namespace NewsLens.Web.Endpoints;

/// <summary>Body of <c>POST /api/analyze</c>: the article text (or later its HTML) and optional metadata.</summary>
public sealed record AnalyzeRequest(string? Text, string? Title = null, string? Url = null, string? Source = null, string? Id = null);

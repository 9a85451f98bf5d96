namespace NewsLens.Web.Input;

/// <summary>
/// What a client sends to be analysed: exactly one of <see cref="Text"/> (a first line followed by a blank line is
/// the title, as in the CLI), <see cref="Html"/> or <see cref="Url"/>, with optional metadata. Also the JSON body of
/// <c>POST /api/analyze</c>.
/// </summary>
public sealed record ArticleSubmission(string? Text = null, string? Html = null, string? Url = null, string? Title = null, string? Source = null, string? Id = null);

using System.Buffers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsLens.Ingest.Html;

/// <summary>
/// The parser's input after <see cref="SourcePrePass"/>: the original string, or a cut copy in a pooled buffer
/// (no page-sized string allocation). Dispose only after the parsed document is disposed and no longer read.
/// </summary>
internal readonly struct PreparedSource(string original, char[]? buffer, int length) : IDisposable
{
    /// <summary>Characters the parser will read.</summary>
    public int Length => buffer is null ? original.Length : length;

    public IHtmlDocument Parse(HtmlParser parser) =>
        buffer is null ? parser.ParseDocument(original) : parser.ParseDocument(buffer, length);

    /// <summary>The parser's input as a string (the original instance when nothing was cut); for tests and diagnostics.</summary>
    public override string ToString() => buffer is null ? original : new string(buffer, 0, length);

    public void Dispose()
    {
        if (buffer is not null)
            ArrayPool<char>.Shared.Return(buffer);
    }
}

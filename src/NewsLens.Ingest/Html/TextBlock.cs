namespace NewsLens.Ingest.Html;

/// <summary>A link's anchor inside a <see cref="TextBlock"/>: raw href and <c>[Start, End)</c> in the block text.</summary>
internal readonly record struct LinkPiece(string Href, int Start, int End);

/// <summary>One run of text the walker saw between block boundaries, with whitespace already collapsed.</summary>
internal sealed class TextBlock(string text, ElementKind kind, int owner, int linkChars, List<LinkPiece>? links)
{
    public string Text { get; } = text;
    /// <summary>Kind of the innermost block element holding the text.</summary>
    public ElementKind Kind { get; } = kind;
    /// <summary>Index in <see cref="PageScan.Records"/> of the innermost block element holding the text.</summary>
    public int Owner { get; } = owner;
    /// <summary>UTF-16 code units of <see cref="Text"/> that sit inside links.</summary>
    public int LinkChars { get; } = linkChars;
    public List<LinkPiece>? Links { get; } = links;
    /// <summary>Share of the text inside links, 0 to 1.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

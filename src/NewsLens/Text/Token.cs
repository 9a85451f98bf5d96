namespace NewsLens.Text;

/// <summary>Coarse class of a token, decided by its characters alone.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
}

/// <summary>A token: a view of <see cref="Span"/> in the document text. Never contains whitespace.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;
    public int End => Span.End;
}

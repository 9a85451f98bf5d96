namespace NewsLens.Text;

/// <summary>
/// A sentence: a view of <see cref="Span"/> in the document text, trimmed of surrounding whitespace,
/// holding tokens <c>[FirstToken, FirstToken + TokenCount)</c> of <see cref="Document.Tokens"/>.
/// </summary>
public readonly record struct Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    public int Start => Span.Start;
    public int End => Span.End;
}

/// <summary>A paragraph: a view of <see cref="Span"/> in the document text, trimmed, holding sentences <c>[FirstSentence, FirstSentence + SentenceCount)</c>.</summary>
public readonly record struct Paragraph(int Index, TextSpan Span, int FirstSentence, int SentenceCount);

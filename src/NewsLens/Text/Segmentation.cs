namespace NewsLens.Text;

/// <summary>The result of segmenting a text: paragraphs, sentences and tokens, in text order.</summary>
public sealed record Segmentation(Paragraph[] Paragraphs, Sentence[] Sentences, Token[] Tokens);

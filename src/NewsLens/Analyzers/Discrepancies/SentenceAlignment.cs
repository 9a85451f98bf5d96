namespace NewsLens.Analyzers.Discrepancies;

/// <summary>An article sentence and the source sentence that tells the same thing.</summary>
/// <param name="ArticleSentence">Index into the article's <see cref="Text.Document.Sentences"/>.</param>
/// <param name="SourceSentence">Index into the source's sentences.</param>
/// <param name="Score">Similarity in [0, 1]: content-word cosine, averaged with the sentence-vector cosine when both
/// documents carry encoder vectors.</param>
public sealed record SentenceAlignment(int ArticleSentence, int SourceSentence, double Score);

using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>An aligned article sentence and source sentence, with a shorthand for flagging a change between them.</summary>
internal sealed record SentencePair(DocumentView Article, int ArticleIndex, DocumentView Source, int SourceIndex)
{
    public Sentence ArticleSentence => Article.Sentence(ArticleIndex);
    public Sentence SourceSentence => Source.Sentence(SourceIndex);

    public Discrepancy Flag(DiscrepancyKind kind, TextSpan? articleSpan, TextSpan? sourceSpan, string articleValue, string sourceValue, string explanation) =>
        new(kind, articleSpan ?? ArticleSentence.Span, sourceSpan ?? SourceSentence.Span, articleValue, sourceValue, explanation,
            ArticleSentence.Span, SourceSentence.Span);
}

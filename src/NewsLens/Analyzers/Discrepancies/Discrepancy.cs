using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// One place where an article's retelling departs from its source. Spans are UTF-16 offsets, half-open: the
/// <c>Article*</c> ones into the article's text, the <c>Source*</c> ones into the source's. When one side lacks the item
/// (a hedge dropped, an attribution dropped), its span is that side's whole sentence and its value is empty.
/// </summary>
/// <param name="Kind">What changed.</param>
/// <param name="ArticleSpan">The changed item in the article (a quantity, hedge, modal verb, speaker, actor), or its sentence.</param>
/// <param name="SourceSpan">The item it departs from in the source, or the source sentence.</param>
/// <param name="ArticleValue">The article's item as text (a quantity in normal form, a word, a speaker); empty when absent.</param>
/// <param name="SourceValue">The source's item as text; empty when absent.</param>
/// <param name="Explanation">One readable sentence saying what changed.</param>
/// <param name="ArticleSentence">The article sentence, for showing both passages side by side.</param>
/// <param name="SourceSentence">The source sentence aligned with it.</param>
public sealed record Discrepancy(
    DiscrepancyKind Kind,
    TextSpan ArticleSpan,
    TextSpan SourceSpan,
    string ArticleValue,
    string SourceValue,
    string Explanation,
    TextSpan ArticleSentence,
    TextSpan SourceSentence);

using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Text between quote marks, marks included. <see cref="Unclosed"/> is true when no closing mark was found: the span
/// then runs to the end of the paragraph where the quote stops. <see cref="Paragraphs"/> counts the paragraphs it spans
/// (a quote continued by an opening mark at the next paragraph's start). <see cref="Depth"/> is 0 for outer quotes,
/// 1 for a quote nested in another. <see cref="Kind"/> is <see cref="QuotationKind.Scare"/> for scare quotes (set once
/// the attributions are known; see <see cref="ScareQuoteRule"/>).
/// </summary>
public sealed record Quotation(TextSpan Span, bool Unclosed, int Paragraphs, int Depth, QuotationKind Kind = QuotationKind.Quotation) : IHighlightable
{
    public IEnumerable<TextSpan> GetSpans() => [Span];

    public IEnumerable<Highlight> GetHighlights()
    {
        if (Kind == QuotationKind.Scare)
            yield return new Highlight(Span, "scare quotes", "Scare quotes: a few words set apart by quote marks, not attributed to anyone");
        else
            yield return new Highlight(Span, "quotation", Unclosed ? "Quotation (no closing mark)" : "Quotation");
    }
}

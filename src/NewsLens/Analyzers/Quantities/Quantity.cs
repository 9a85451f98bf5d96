using NewsLens.Text;

namespace NewsLens.Analyzers.Quantities;

/// <summary>
/// A quantity stated in the text. <see cref="Low"/> and <see cref="High"/> bound the value in normalised units
/// (counts as plain numbers, money in whole currency units, percentages in percent, dates as <c>yyyymmdd</c>);
/// a null bound is open ("more than 200" has <c>Low = 200</c>, <c>High = null</c>). Two quantities with the same
/// <see cref="Kind"/>, <see cref="Unit"/> and <see cref="Noun"/> are comparable through their bounds.
/// </summary>
/// <param name="Span">The whole phrase, qualifier and unit included.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Qualifier">How the stated number relates to the value.</param>
/// <param name="Value">The stated number (the lower end for a range), normalised; null only for open vague amounts.</param>
/// <param name="Low">Lower bound, or null when open.</param>
/// <param name="High">Upper bound, or null when open.</param>
/// <param name="Unit">Normalised unit: ISO currency code, <c>%</c>, <c>km</c>, <c>mile</c>, <c>hour</c>, <c>date</c>…; null for counts.</param>
/// <param name="Noun">Lemma of the counted noun ("lorry" for "40 lorries"), lower case; null when none follows.</param>
/// <param name="NounSpan">Where the counted noun is, when there is one.</param>
public sealed record Quantity(
    TextSpan Span,
    QuantityKind Kind,
    QuantityQualifier Qualifier,
    double? Value,
    double? Low,
    double? High,
    string? Unit,
    string? Noun,
    TextSpan? NounSpan) : IHighlightable, ICaptioned
{
    /// <summary>The normalised value, printed on the span in reports.</summary>
    public string Caption => Normalized;

    /// <summary>The qualifier as a symbol: <c>= ~ &lt; &lt;= &gt; &gt;= range</c>.</summary>
    public string Symbol => Qualifier switch
    {
        QuantityQualifier.Exact => "=",
        QuantityQualifier.About => "~",
        QuantityQualifier.LessThan => "<",
        QuantityQualifier.AtMost => "<=",
        QuantityQualifier.MoreThan => ">",
        QuantityQualifier.AtLeast => ">=",
        _ => "range",
    };

    /// <summary>A compact normalised form, e.g. <c>&gt;200 car</c>, <c>[5, 8] km</c>, <c>62 %</c>.</summary>
    public string Normalized
    {
        get
        {
            string v = Qualifier == QuantityQualifier.Range || (Low != High && Qualifier == QuantityQualifier.About && Value is null)
                ? $"[{Fmt(Low)}, {Fmt(High)}]"
                : Qualifier == QuantityQualifier.Exact ? Fmt(Value) : Symbol + Fmt(Value);
            var tail = string.Join(' ', new[] { Unit, Noun }.Where(s => s is not null));
            return tail.Length > 0 ? $"{v} {tail}" : v;
        }
    }

    private static string Fmt(double? d) => d is null ? "?" : d.Value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<TextSpan> GetSpans() => NounSpan is { } n ? [Span, n] : [Span];

    public IEnumerable<Highlight> GetHighlights()
    {
        yield return new Highlight(Span, "quantity", Normalized);
    }
}

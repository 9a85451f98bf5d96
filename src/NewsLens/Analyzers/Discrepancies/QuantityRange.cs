using NewsLens.Analyzers.Quantities;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// The values a quantity allows, on its dimension's base scale. A bound reads as a figure near it, as news uses it:
/// "nearly 80" as [60, 80), "more than 200" as (200, 266]. <see cref="Slack"/> is how far an exact figure may sit from
/// the truth and still be a rounding of it: half a unit of its last non-zero digit ("300": 50, "4.5": 0.05).
/// </summary>
internal readonly record struct QuantityRange(double Low, double High, bool LowOpen, bool HighOpen, double Slack)
{
    public static QuantityRange Of(Quantity q)
    {
        double f = UnitScale.Of(q).Factor;
        double v = (q.Value ?? q.Low ?? q.High ?? 0) * f;
        return q.Qualifier switch
        {
            QuantityQualifier.Exact => new(v, v, false, false, RoundingSlack(q.Value ?? 0) * f),
            // why: "about" already widens the figure by a tenth; rounding slack on top would let "about 50" pass for "nearly 80"
            QuantityQualifier.About => new((q.Low ?? v / f * 0.9) * f, (q.High ?? v / f * 1.1) * f, false, false, 0),
            QuantityQualifier.LessThan => new(v * 0.75, v, false, true, 0),
            QuantityQualifier.AtMost => new(v * 0.75, v, false, false, 0),
            QuantityQualifier.MoreThan => new(v, v * 4 / 3, true, false, 0),
            QuantityQualifier.AtLeast => new(v, v * 4 / 3, false, false, 0),
            _ => new((q.Low ?? v / f) * f, (q.High ?? q.Low ?? v / f) * f, false, false, 0),
        };
    }

    /// <summary>True when this is a single figure (exact, or "about" one figure).</summary>
    public static bool IsPoint(Quantity q) => q.Qualifier is QuantityQualifier.Exact or QuantityQualifier.About;

    private static double RoundingSlack(double value)
    {
        value = Math.Abs(value);
        if (value == 0) return 0;
        double unit = Math.Pow(10, Math.Floor(Math.Log10(value)));
        // why: the largest power of ten that divides the figure is the precision it was stated with ("2,700": 100)
        while (unit > 1e-9 && Math.Abs(value / unit - Math.Round(value / unit)) > 1e-9) unit /= 10;
        return unit / 2;
    }
}

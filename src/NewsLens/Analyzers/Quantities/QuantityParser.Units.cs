using static NewsLens.Analyzers.Quantities.QuantityLexicon;

namespace NewsLens.Analyzers.Quantities;

// why: one part of the parser per kind of number or quantity, so each file reads on its own.
// Money, percentages and measures: a currency sign or code before the number, a unit word or sign after it.
internal sealed partial class QuantityParser
{
    private string? CurrencyPrefix(ref int j)
    {
        if (j >= _to) return null;
        var s = T(j);
        if (In(CurrencySymbols, s, out var code))
        {
            j++;
            return code;
        }
        if (IsWord(j) && j + 1 < _to && T(j + 1) is "$" && Adjacent(j, j + 1) && In(DollarPrefixes, s, out var dollar))
        {
            j += 2;
            return dollar;
        }
        return null;
    }

    private bool TryUnitAfter(ref int j, out QuantityKind kind, out string? unit, out double factor)
    {
        kind = QuantityKind.Count;
        unit = null;
        factor = 1;
        if (j >= _to) return false;
        var s = T(j);
        if (s is "%")
        {
            kind = QuantityKind.Percent; unit = "%"; j++;
            return true;
        }
        if (!IsWord(j)) return false;
        if (s.Equals("per", StringComparison.OrdinalIgnoreCase) && Is(j + 1, "cent"))
        {
            kind = QuantityKind.Percent; unit = "%"; j += 2;
            return true;
        }
        if (s.Equals("percent", StringComparison.OrdinalIgnoreCase) || s.Equals("pc", StringComparison.OrdinalIgnoreCase)
            || s.Equals("pct", StringComparison.OrdinalIgnoreCase))
        {
            kind = QuantityKind.Percent; unit = "%"; j++;
            return true;
        }
        if (s.Equals("percentage", StringComparison.OrdinalIgnoreCase) && (Is(j + 1, "points") || Is(j + 1, "point")))
        {
            kind = QuantityKind.Percent; unit = "percentage-point"; j += 2;
            return true;
        }
        if (s.Equals("pence", StringComparison.OrdinalIgnoreCase) || s.Equals("cents", StringComparison.OrdinalIgnoreCase))
        {
            kind = QuantityKind.Money; unit = s[0] is 'p' or 'P' ? "GBP" : "USD"; factor = 0.01; j++;
            return true;
        }
        // "Swiss francs", "Australian dollars", "Hong Kong dollars"
        if (char.IsUpper(s[0]) && In(CurrencyNationalities, s, out var national))
        {
            int c = s is "Hong" && Is(j + 1, "Kong") ? j + 2 : j + 1;
            if (c < _to && In(CurrencyWords, T(c)))
            {
                kind = QuantityKind.Money; unit = national; j = c + 1;
                return true;
            }
        }
        if (In(CurrencyWords, s, out var code))
        {
            kind = QuantityKind.Money; unit = code; j++;
            return true;
        }
        if (In(Units, s, out var u))
        {
            if (u == "sq")
            {
                if (j + 1 < _to && In(Units, T(j + 1), out var u2) && u2 != "sq") { unit = "sq " + u2; kind = QuantityKind.Measure; j += 2; return true; }
                return false;
            }
            kind = QuantityKind.Measure; unit = u; j++;
            if (u == "degree" && j < _to && (T(j) is "C" or "F" or "Celsius" or "Fahrenheit" or "centigrade"))
            {
                unit = T(j) is "F" or "Fahrenheit" ? "degF" : "degC";
                j++;
            }
            return true;
        }
        return false;
    }
}

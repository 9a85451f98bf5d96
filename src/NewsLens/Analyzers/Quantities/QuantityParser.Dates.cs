using System.Globalization;
using NewsLens.Text;
using static NewsLens.Analyzers.Quantities.QuantityLexicon;

namespace NewsLens.Analyzers.Quantities;

// why: one part of the parser per kind of number or quantity, so each file reads on its own.
// Dates: day, month and year in either order, bare years, decades and "mid-2004" style periods.
internal sealed partial class QuantityParser
{
    private bool TryDate(int i, out Quantity q, out int end)
    {
        q = null!;
        end = i;
        // "mid-2004", "early-1990s" are one word token.
        if (IsWord(i))
        {
            var w = T(i);
            int hyphen = w.IndexOf('-');
            if (hyphen > 0 && In(DateModifiers, w[..hyphen]) && TryYear(w[(hyphen + 1)..], out int my))
            {
                q = MakeDate(i, i, my * 10000 + 101, my * 10000 + 1231);
                end = i + 1;
                return true;
            }
        }
        // Month first: "March 3, 2020", "March 3", "March 2020".
        if (IsWord(i) && char.IsUpper(T(i)[0]) && In(Months, T(i), out int month))
        {
            int k = i + 1;
            if (Is(k, ".") && Adjacent(i, k)) k++;
            if (!IsNumber(k)) return false;
            if (TryDay(T(k), out int day))
            {
                k++;
                int yk = Is(k, ",") ? k + 1 : k;
                if (IsNumber(yk) && TryYear(T(yk), out int year))
                {
                    q = MakeDate(i, yk, year * 10000 + month * 100 + day, year * 10000 + month * 100 + day);
                    end = yk + 1;
                    return true;
                }
                q = MakeDate(i, k - 1, month * 100 + day, month * 100 + day);
                end = k;
                return true;
            }
            if (TryYear(T(k), out int y))
            {
                q = MakeDate(i, k, y * 10000 + month * 100 + 1, y * 10000 + month * 100 + 31);
                end = k + 1;
                return true;
            }
            return false;
        }
        if (!IsNumber(i)) return false;
        var s = T(i);
        // Day first: "3 March 2020", "3rd of March".
        if (TryDay(s, out int d))
        {
            int k = i + 1;
            if (Is(k, "of")) k++;
            if (IsWord(k) && char.IsUpper(T(k)[0]) && In(Months, T(k), out int m) && !(T(k) is "May" && !IsNumber(k + 1) && k + 1 < _to && IsWord(k + 1)))
            {
                if (IsNumber(k + 1) && TryYear(T(k + 1), out int year))
                {
                    q = MakeDate(i, k + 1, year * 10000 + m * 100 + d, year * 10000 + m * 100 + d);
                    end = k + 2;
                    return true;
                }
                q = MakeDate(i, k, m * 100 + d, m * 100 + d);
                end = k + 1;
                return true;
            }
        }
        // Decades: "the 1990s".
        if (s.Length == 5 && (s[4] is 's' or 'S') && TryYear(s[..4], out int decade) && decade % 10 == 0)
        {
            q = MakeDate(i, i, decade * 10000 + 101, (decade + 9) * 10000 + 1231);
            end = i + 1;
            return true;
        }
        // Year ranges: "2019-20", "2010-2015".
        int dash = s.IndexOf('-');
        if (dash == 4 && TryYear(s[..4], out int y1))
        {
            var tail = s[5..];
            int y2 = -1;
            if (tail.Length == 2 && int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out int yy)) y2 = y1 / 100 * 100 + yy;
            else if (tail.Length == 4) TryYear(tail, out y2);
            if (y2 > y1)
            {
                q = MakeDate(i, i, y1 * 10000 + 101, y2 * 10000 + 1231);
                end = i + 1;
                return true;
            }
            return false;
        }
        // Centuries: "the 18th century".
        if (s.Length is 3 or 4 && s[^2..] is "st" or "nd" or "rd" or "th" && int.TryParse(s[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out int century)
            && century is >= 1 and <= 21 && (Is(i + 1, "century") || Is(i + 1, "Century")))
        {
            q = MakeDate(i, i + 1, (century - 1) * 100 * 10000 + 101, ((century - 1) * 100 + 99) * 10000 + 1231);
            end = i + 2;
            return true;
        }
        // A bare year: "in 2019", "2005 sales". News writes counts of thousands with a comma ("2,000 people"), so four
        // plain digits from 1800 to 2100 are a year, unless a qualifier, currency or unit says otherwise.
        if (TryYear(s, out int yr) && s.Length == 4 && yr is >= 1000 and <= 2100)
        {
            if (i > _from && (T(i - 1) is "than" or "over" or "under" or "nearly" or "almost" or "about" or "around" or "roughly"
                or "approximately" or "some" or "least" or "most" or "estimated" or "exactly" or "below" or "above" or "to" || In(CurrencySymbols, T(i - 1))))
                return false;
            if (yr < 1800 && !(i > _from && T(i - 1) is "in" or "In" or "since" or "from" or "of" or "by" or "until" or "before" or "after" or "during"))
                return false;
            int k = i + 1;
            if (k < _to && IsWord(k))
            {
                var next = T(k);
                if (In(Units, next) || In(CurrencyWords, next) || In(Scales, next) || next is "per" or "percent") return false;
            }
            if (k < _to && T(k) is "%") return false;
            q = MakeDate(i, i, yr * 10000 + 101, yr * 10000 + 1231);
            end = i + 1;
            return true;
        }
        return false;
    }

    private Quantity MakeDate(int first, int last, int low, int high)
    {
        var span = new TextSpan(_tok[first].Start, _tok[last].End);
        return new Quantity(span, QuantityKind.Date, low == high ? QuantityQualifier.Exact : QuantityQualifier.Range,
            low, low, high, "date", null, null);
    }

    private static bool TryDay(ReadOnlySpan<char> s, out int day)
    {
        day = 0;
        int p = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p])) p++;
        if (p == 0 || p > 2) return false;
        var rest = s[p..];
        if (!(rest.IsEmpty || rest is "st" or "nd" or "rd" or "th")) return false;
        day = int.Parse(s[..p], NumberStyles.None, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    private static bool TryYear(ReadOnlySpan<char> s, out int year)
    {
        year = 0;
        if (s.Length != 4) return false;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        year = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1000 and <= 2100;
    }
}

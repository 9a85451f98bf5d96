using NewsLens.Text;
using static NewsLens.Analyzers.Quantities.QuantityLexicon;

namespace NewsLens.Analyzers.Quantities;

// why: one part of the parser per kind of number or quantity, so each file reads on its own.
// Numbers written in digits: "1,200", "3.5m", "20km", "12-member", with an optional scale word after them.
internal sealed partial class QuantityParser
{
    private bool TryNumber(ref int j, bool money, out Num n)
    {
        n = default;
        if (j >= _to) return false;
        int start = j;
        if (IsNumber(j))
        {
            if (!ParseDigits(T(j), money, j, out n)) return false;
            j++;
        }
        else if (IsWord(j))
        {
            if (!ParseWords(ref j, out n)) return false;
        }
        else return false;

        // Scale words after the number: "2.5 million", "five hundred thousand", "$3 bn".
        if (!n.Vague || n.FromDigits || start == j - 1)
        {
            while (j < _to && IsWord(j))
            {
                var w = T(j);
                if (In(Scales, w, out var scale) && !(w is "k" or "K" && !Adjacent(j - 1, j)))
                {
                    n.Low *= scale;
                    n.High *= scale;
                    n.Scale = n.Scale == 0 ? scale : n.Scale * scale;
                    n.BareOne = false;
                    n.CanTakeOf = true;
                    j++;
                }
                else if (money && w is "m" or "M" or "b" or "B" && Adjacent(j - 1, j))
                {
                    double s = w is "m" or "M" ? 1e6 : 1e9;
                    n.Low *= s;
                    n.High *= s;
                    n.Scale = s;
                    j++;
                }
                else break;
            }
        }
        return true;
    }

    private bool ParseDigits(ReadOnlySpan<char> s, bool money, int tokenIndex, out Num n)
    {
        n = default;
        n.FromDigits = true;
        if (s.Contains(':') || s.Contains('/')) return false;
        int p = 0;
        if (!ReadNumber(s, ref p, out double v)) return false;
        n.Low = n.High = v;
        var rest = s[p..];
        if (rest.IsEmpty) return true;
        if (rest[0] == '-' || rest[0] == '\u2013')
        {
            var after = rest[1..];
            int q = 0;
            if (after.Length > 0 && char.IsDigit(after[0]) && ReadNumber(after, ref q, out double v2) && q == after.Length)
            {
                if (v2 < v) return false; // a score such as 3-1
                n.High = v2;
                return true;
            }
            // "23-year-old", "10-mile", "300-strong"
            int dash = after.IndexOf('-');
            var head = dash < 0 ? after : after[..dash];
            if (In(Units, head, out var u)) { n.Unit = u; n.Kind = QuantityKind.Measure; return true; }
            if (head.Equals("strong", StringComparison.OrdinalIgnoreCase)) return true;
            // "12-member bloc": the compound names what is counted.
            if (dash < 0 && head.Length > 2 && IsLowerWord(head) && !In(NotNouns, head)) { n.Noun = NounLemmatizer.Lemma(head); n.NounToken = tokenIndex; return true; }
            return false;
        }
        if (rest is "st" or "nd" or "rd" or "th" or "s" or "S") return false; // ordinals and decades (dates handle those)
        if (rest is "m" or "M")
        {
            // "£5m", "3m people", "5m of them" are millions; "100m champion", "17.30m" are metres.
            bool metres = false;
            if (!money)
            {
                int dot = s.IndexOf('.');
                if (dot >= 0 && s.Length - dot - 2 == 2) metres = true;
                else if (tokenIndex + 1 < _to && IsWord(tokenIndex + 1))
                {
                    var next = T(tokenIndex + 1);
                    bool plural = next.Length > 3 && char.IsLower(next[0]) && next[^1] == 's' && !In(NotNouns, next);
                    metres = !(plural || In(CurrencyWords, next) || next is "people" or "of" or "in" or "to" or "a" or "and" or "more" or "fewer" or "less" or "children" or "men" or "women");
                }
            }
            if (metres) { n.Unit = "m"; n.Kind = QuantityKind.Measure; return true; }
            n.Low *= 1e6; n.High *= 1e6; n.CanTakeOf = true;
            return true;
        }
        if (rest is "b" or "B" or "bn" or "Bn" or "BN")
        {
            n.Low *= 1e9; n.High *= 1e9; n.CanTakeOf = true;
            return true;
        }
        if (In(Scales, rest, out var scale)) { n.Low *= scale; n.High *= scale; n.CanTakeOf = true; return true; }
        if (rest is "pc" or "pct") { n.Unit = "%"; n.Kind = QuantityKind.Percent; return true; }
        if (rest is "p" && !money) { n.Low *= 0.01; n.High *= 0.01; n.Unit = "GBP"; n.Kind = QuantityKind.Money; return true; }
        if (In(Units, rest, out var unit)) { n.Unit = unit; n.Kind = QuantityKind.Measure; return true; }
        return false;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int p, out double value)
    {
        value = 0;
        int start = p;
        double intPart = 0;
        bool any = false;
        while (p < s.Length && (char.IsAsciiDigit(s[p]) || (s[p] == ',' && p > start && p + 3 <= s.Length && char.IsAsciiDigit(s[p + 1]))))
        {
            if (s[p] != ',') { intPart = intPart * 10 + (s[p] - '0'); any = true; }
            p++;
        }
        if (!any) return false;
        value = intPart;
        if (p + 1 < s.Length && s[p] == '.' && char.IsAsciiDigit(s[p + 1]))
        {
            p++;
            double scale = 0.1;
            while (p < s.Length && char.IsAsciiDigit(s[p])) { value += (s[p] - '0') * scale; scale /= 10; p++; }
        }
        return true;
    }
}

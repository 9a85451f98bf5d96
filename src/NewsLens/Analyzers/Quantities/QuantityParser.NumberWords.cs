using NewsLens.Text;
using static NewsLens.Analyzers.Quantities.QuantityLexicon;

namespace NewsLens.Analyzers.Quantities;

// why: one part of the parser per kind of number or quantity, so each file reads on its own.
// Numbers written in words: "twenty-three", "a few hundred", "dozens of", fractions ("two-thirds of").
internal sealed partial class QuantityParser
{
    private bool ParseWords(ref int j, out Num n)
    {
        n = default;
        var w = T(j);
        // Fractions: "a third of", "two-thirds of", "half of".
        if (TryFraction(ref j, out n)) return true;
        // Articles before scales and vague amounts: "a hundred", "a few hundred", "a dozen", "a couple of".
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (j + 1 >= _to) return false;
            var next = T(j + 1);
            if (In(Scales, next, out var s) && s >= 100 && IsWord(j + 1))
            {
                n.Low = n.High = s;
                n.CanTakeOf = true;
                j += 2;
                return true;
            }
            if (next.Equals("dozen", StringComparison.OrdinalIgnoreCase)) { n.Low = n.High = 12; n.CanTakeOf = true; j += 2; return true; }
            if (next.Equals("few", StringComparison.OrdinalIgnoreCase))
            {
                n.Low = 2; n.High = 5; n.Vague = true; n.CanTakeOf = true;
                j += 2;
                ApplyVagueScale(ref j, ref n);
                return true;
            }
            if (next.Equals("couple", StringComparison.OrdinalIgnoreCase) && Is(j + 2, "of"))
            {
                n.Low = n.High = 2; j += 2; n.CanTakeOf = true;
                return true;
            }
            if (next.Equals("couple", StringComparison.OrdinalIgnoreCase) && j + 2 < _to && In(Scales, T(j + 2), out var cs))
            {
                n.Low = n.High = 2 * cs; j += 3; n.CanTakeOf = true;
                return true;
            }
            if (next.Equals("handful", StringComparison.OrdinalIgnoreCase) && Is(j + 2, "of"))
            {
                n.Low = 2; n.High = 6; n.Vague = true; n.CanTakeOf = true; j += 2;
                return true;
            }
            return false;
        }
        if (w.Equals("half", StringComparison.OrdinalIgnoreCase) && Is(j + 1, "a") && j + 2 < _to)
        {
            if (In(Scales, T(j + 2), out var hs) && hs >= 1e3) { n.Low = n.High = hs / 2; j += 3; n.CanTakeOf = true; return true; }
            if (Is(j + 2, "dozen")) { n.Low = n.High = 6; j += 3; n.CanTakeOf = true; return true; }
            return false;
        }
        // Compounds: "four-year", "four-tier".
        int hy = w.IndexOf('-');
        if (hy > 0 && In(SmallNumbers, w[..hy], out int lead) && !TryNumberWord(w, out _))
        {
            var tail = w[(hy + 1)..];
            if (tail.IndexOf('-') >= 0 && !tail.StartsWith("year-old", StringComparison.OrdinalIgnoreCase)) return false;
            int tailEnd = tail.IndexOf('-');
            var head = tailEnd < 0 ? tail : tail[..tailEnd];
            if (!IsLowerWord(head) || head.Length < 3) return false;
            n.Low = n.High = lead;
            n.BareOne = lead == 1;
            if (In(Units, head, out var unitName)) { n.Unit = unitName; n.Kind = QuantityKind.Measure; }
            else if (!In(NotNouns, head)) { n.Noun = NounLemmatizer.Lemma(head); n.NounToken = j; }
            else return false;
            j++;
            return true;
        }
        if (In(VagueWords, w, out var vague))
        {
            bool needsOf = w.Equals("tens", StringComparison.OrdinalIgnoreCase) || w.Equals("scores", StringComparison.OrdinalIgnoreCase);
            if (needsOf && !(Is(j + 1, "of") && (w.Equals("scores", StringComparison.OrdinalIgnoreCase) || (j + 2 < _to && In(PluralScales, T(j + 2))))))
                return false;
            n.Low = vague.Low; n.High = vague.High; n.Vague = true; n.CanTakeOf = true;
            j++;
            if (w.Equals("several", StringComparison.OrdinalIgnoreCase))
            {
                int before = j;
                ApplyVagueScale(ref j, ref n);
                if (before == j && !(IsWord(j) && !In(NotNouns, T(j))) && !Is(j, "of")) return false;
            }
            else ApplyPluralScaleAfterOf(ref j, ref n);
            return true;
        }
        if (In(PluralScales, w, out var ps))
        {
            n.Low = 2 * ps; n.High = 10 * ps; n.Vague = true; n.CanTakeOf = true;
            j++;
            ApplyPluralScaleAfterOf(ref j, ref n);
            return true;
        }
        // Number words: "two hundred and fifty thousand", "twenty-five".
        double total = 0, current = 0;
        int words = 0;
        bool sawScale = false, lastWasNumber = false;
        int k = j;
        while (k < _to && IsWord(k))
        {
            var t = T(k);
            if (TryNumberWord(t, out int small))
            {
                if (lastWasNumber && !(current % 100 >= 20 && current % 10 == 0 && small < 10)) break; // "five six" is two numbers
                current += small;
                lastWasNumber = true;
            }
            else if (t.Equals("hundred", StringComparison.OrdinalIgnoreCase) && words > 0)
            {
                current = (current == 0 ? 1 : current) * 100;
                lastWasNumber = false;
                sawScale = true;
            }
            else if (t.Equals("dozen", StringComparison.OrdinalIgnoreCase) && words > 0)
            {
                current = (current == 0 ? 1 : current) * 12;
                lastWasNumber = false;
            }
            else if (In(Scales, t, out var sc) && sc >= 1e3 && words > 0 && t.Length > 2)
            {
                total += (current == 0 ? 1 : current) * sc;
                current = 0;
                lastWasNumber = false;
                sawScale = true;
            }
            else if (t.Equals("and", StringComparison.OrdinalIgnoreCase) && sawScale && k + 1 < _to && TryNumberWord(T(k + 1), out _))
            {
                lastWasNumber = false;
            }
            else break;
            words++;
            k++;
        }
        if (words == 0) return false;
        // "one point three": spoken decimals.
        if (Is(k, "point") && k + 1 < _to && In(SmallNumbers, T(k + 1), out int d1) && d1 < 10)
        {
            double frac = 0, place = 0.1;
            k++;
            while (k < _to && In(SmallNumbers, T(k), out int d) && d < 10) { frac += d * place; place /= 10; k++; }
            current += frac;
            words += 2;
        }
        n.Low = n.High = total + current;
        n.BareOne = words == 1 && w.Equals("one", StringComparison.OrdinalIgnoreCase);
        n.CanTakeOf = sawScale;
        j = k;
        // "hundreds" after a number word is not part of it; "thousands" in "two thousands" is rare and ignored.
        return true;
    }

    private bool TryFraction(ref int j, out Num n)
    {
        n = default;
        int k = j;
        double numerator;
        var w = T(k);
        int dash = w.IndexOf('-');
        if (dash > 0 && In(SmallNumbers, w[..dash], out int num) && In(Fractions, w[(dash + 1)..], out double part))
        {
            numerator = num; // "two-thirds"
            k++;
        }
        else
        {
            if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("one", StringComparison.OrdinalIgnoreCase)) numerator = 1;
            else if (In(SmallNumbers, w, out int wn) && wn is > 1 and < 10) numerator = wn;
            else if (w.Equals("half", StringComparison.OrdinalIgnoreCase)) { numerator = 1; k--; }
            else return false;
            k++;
            if (k >= _to || !In(Fractions, T(k), out part)) return false;
            k++;
        }
        // Only "of"/"the" after a fraction makes it a share: "the third quarter", "half-time" are not.
        if (!(Is(k, "of") || Is(k, "the"))) return false;
        n.Low = n.High = Math.Round(numerator * part, 2);
        n.Kind = QuantityKind.Percent;
        n.Unit = "%";
        j = k;
        return true;
    }

    private static bool TryNumberWord(ReadOnlySpan<char> t, out int value)
    {
        if (In(SmallNumbers, t, out value)) return true;
        int dash = t.IndexOf('-');
        if (dash > 0 && In(SmallNumbers, t[..dash], out int tens) && tens >= 20 && tens % 10 == 0
            && In(SmallNumbers, t[(dash + 1)..], out int ones) && ones is > 0 and < 10)
        {
            value = tens + ones;
            return true;
        }
        return false;
    }

    // "a few hundred", "several thousand"
    private void ApplyVagueScale(ref int j, ref Num n)
    {
        if (j < _to && IsWord(j) && In(Scales, T(j), out var s) && T(j).Length > 2)
        {
            n.Low *= s; n.High *= s;
            j++;
        }
    }

    // "hundreds of thousands", "tens of millions", "dozens of thousands"
    private void ApplyPluralScaleAfterOf(ref int j, ref Num n)
    {
        if (Is(j, "of") && j + 1 < _to && In(PluralScales, T(j + 1), out var ps))
        {
            n.Low *= ps; n.High *= ps;
            j += 2;
        }
    }
}

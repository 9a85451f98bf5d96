using System.Globalization;
using NewsLens.Text;
using static NewsLens.Analyzers.Quantities.QuantityLexicon;

namespace NewsLens.Analyzers.Quantities;

/// <summary>
/// Finds quantities in one run of tokens (a sentence) with a single left-to-right pass. Only tokens that can open a
/// quantity (digits, number words, qualifiers, currency signs, months) are looked at closely, so the cost per sentence
/// is a few dictionary look-ups per token. Not thread-safe; create one per call (it is a small struct-like object).
/// </summary>
internal sealed class QuantityParser(string text, IReadOnlyList<Token> tokens, int from, int to)
{
    private readonly string _text = text;
    private readonly IReadOnlyList<Token> _tok = tokens;
    private readonly int _from = from;
    private readonly int _to = to;

    // A parsed number: bounds already scaled; Vague when it stands for a range ("dozens").
    private struct Num
    {
        public double Low, High;
        public bool Vague, BareOne, FromDigits;
        public string? Unit;
        public QuantityKind? Kind;
        public bool CanTakeOf; // "thousands of people", "a couple of cars"
        public double Scale; // the scale word applied ("million"), 0 when none
        public int NounToken; // token holding the counted noun inside a compound ("12-member"), -1 when none
        public string? Noun;
    }

    public void Parse(List<Quantity> output)
    {
        int i = _from;
        while (i < _to)
        {
            if (TryAt(i, out var q, out int end))
            {
                output.Add(q);
                i = Math.Max(end, i + 1);
            }
            else i++;
        }
    }

    private ReadOnlySpan<char> T(int k) => _text.AsSpan(_tok[k].Start, _tok[k].End - _tok[k].Start);
    private bool Is(int k, string w) => k < _to && k >= _from && T(k).Equals(w, StringComparison.OrdinalIgnoreCase);
    private bool IsWord(int k) => k < _to && _tok[k].Kind == TokenKind.Word;
    private bool IsNumber(int k) => k < _to && _tok[k].Kind == TokenKind.Number;
    private bool Adjacent(int a, int b) => b < _to && _tok[a].End == _tok[b].Start;

    private static bool In<T>(System.Collections.Frozen.FrozenDictionary<string, T> d, ReadOnlySpan<char> s, out T value) =>
        d.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s, out value!);

    private static bool In<T>(System.Collections.Frozen.FrozenDictionary<string, T> d, ReadOnlySpan<char> s) =>
        d.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(s);

    private static bool In(System.Collections.Frozen.FrozenSet<string> d, ReadOnlySpan<char> s) =>
        d.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s);

    private static bool IsLowerWord(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsLower(c)) return false;
        return true;
    }

    private bool IsTrigger(int i)
    {
        var t = _tok[i];
        if (t.Kind == TokenKind.Number) return true;
        if (t.Kind == TokenKind.Word)
        {
            var w = T(i);
            if (In(Triggers, w) || TryNumberWord(w, out _)) return true;
            int dash = w.IndexOf('-');
            return dash > 0 && (In(SmallNumbers, w[..dash]) || In(DateModifiers, w[..dash]));
        }
        return In(CurrencySymbols, T(i));
    }

    private bool TryAt(int i, out Quantity q, out int end)
    {
        q = null!;
        end = i;
        if (!IsTrigger(i)) return false;
        if (TryDate(i, out q, out end)) return true;

        int j = i;
        var qualifier = QuantityQualifier.Exact;
        bool between = false, fromTo = false;
        if (MatchQualifier(j, out var qual, out int qlen)) { qualifier = qual; j += qlen; }
        else if (Is(j, "between")) { between = true; j++; }
        else if (Is(j, "from")) { fromTo = true; j++; }
        if ((between || fromTo) && j < _to && TryDate(j, out _, out _)) return false; // "from 2019 to 2020": dates parse alone

        string? currency = CurrencyPrefix(ref j);
        if (!TryNumber(ref j, currency is not null, out var n1)) return false;

        Num? n2 = null;
        if (j < _to)
        {
            var sep = T(j);
            bool isSep = sep is "to" or "-" or "\u2013" or "\u2014" or "or" || (between && sep is "and");
            if (isSep && !(sep is "or" && (Is(j + 1, "more") || Is(j + 1, "so"))))
            {
                int k = j + 1;
                string? cur2 = CurrencyPrefix(ref k);
                if (TryNumber(ref k, (currency ?? cur2) is not null, out var m) && (cur2 is null || currency is null || cur2 == currency))
                {
                    // "5 to 10 million": the scale of the second number applies to the first.
                    if (m.Scale > 0 && n1.Scale == 0 && n1.FromDigits == m.FromDigits && n1.Low * m.Scale <= m.High)
                    {
                        n1.Low *= m.Scale;
                        n1.High *= m.Scale;
                    }
                    // "one or two" and "five to eight" are ranges; "3 to 1" (a score or odds) is not.
                    if (m.High >= n1.Low)
                    {
                        n2 = m;
                        currency ??= cur2;
                        j = k;
                    }
                }
            }
        }
        // "between" or "from" with no second number: the quantity starts after the preposition.
        int startToken = (between || fromTo) && n2 is null ? i + 1 : i;
        if ((between || fromTo) && n2 is null && !IsTrigger(startToken)) return false;

        // A range written in digits inside one token ("3-4") comes back as n1 with High > Low and not vague.
        var kind = QuantityKind.Count;
        string? unit = null;
        if (currency is not null) { kind = QuantityKind.Money; unit = currency; }
        var suffixUnit = n2?.Unit ?? n1.Unit;
        var suffixKind = n2?.Kind ?? n1.Kind;
        if (suffixKind is not null && currency is null) { kind = suffixKind.Value; unit = suffixUnit; }

        if (unit is null || kind == QuantityKind.Count)
        {
            if (TryUnitAfter(ref j, out var k2, out var u2, out double factor))
            {
                kind = k2;
                unit = u2;
                Multiply(ref n1, factor);
                if (n2 is { } m) { Multiply(ref m, factor); n2 = m; }
            }
            else if ((n1.Vague || n1.CanTakeOf) && Is(j, "of") && j + 1 < _to && In(CurrencyWords, T(j + 1), out var ofCurrency))
            {
                kind = QuantityKind.Money; // "billions of pounds"
                unit = ofCurrency;
                j += 2;
            }
        }
        else if (kind == QuantityKind.Money && j < _to && In(CurrencyWords, T(j)) && In(CurrencyWords, T(j), out var same) && same == currency)
        {
            j++; // "$5 million dollars"
        }

        // Bare "one" ("one of them", "no one") is rarely a quantity worth comparing.
        if (n1.BareOne && n2 is null && kind == QuantityKind.Count && qualifier == QuantityQualifier.Exact) return false;

        // A number right after a capitalised word is usually part of a name: "Section 230", "Boeing 737".
        if (kind == QuantityKind.Count && n2 is null && n1.FromDigits && !n1.Vague && qualifier == QuantityQualifier.Exact
            && n1.High == n1.Low && startToken == i && i > _from && LooksLikeIdentifierBefore(i - 1))
            return false;

        // Counted noun.
        string? noun = null;
        TextSpan? nounSpan = null;
        if (n1.Noun is not null && n2 is null)
        {
            noun = n1.Noun;
            nounSpan = _tok[n1.NounToken].Span;
        }
        else if (kind is QuantityKind.Count or QuantityKind.Percent or QuantityKind.Money)
        {
            int k = j;
            bool of = false;
            if (Is(k, "of") && (kind != QuantityKind.Count || n1.CanTakeOf || n1.Vague || n2?.Vague == true)) { k++; of = true; if (Is(k, "the")) k++; }
            if (kind == QuantityKind.Count || of)
            {
                int adjectives = 0;
                while (adjectives < 2 && IsWord(k) && In(SkippedAdjectives, T(k)) && IsWord(k + 1) && !In(NotNouns, T(k + 1)))
                {
                    k++;
                    adjectives++;
                }
                if (IsWord(k) && char.IsLetter(T(k)[0]) && !In(NotNouns, T(k)) && !In(Months, T(k)) && !In(Units, T(k)))
                {
                    noun = NounLemmatizer.Lemma(T(k));
                    nounSpan = _tok[k].Span;
                }
            }
        }

        double value = n1.Low;
        double? low, high;
        var finalQualifier = qualifier;
        if (n2 is { } m2)
        {
            low = n1.Low;
            high = m2.High;
            finalQualifier = QuantityQualifier.Range;
        }
        else if (n1.Vague || n1.High != n1.Low)
        {
            low = n1.Low;
            high = n1.High;
            if (qualifier == QuantityQualifier.Exact) finalQualifier = QuantityQualifier.Range;
            else if (qualifier is QuantityQualifier.MoreThan or QuantityQualifier.AtLeast) high = null;
            else if (qualifier is QuantityQualifier.LessThan or QuantityQualifier.AtMost) low = null;
        }
        else
        {
            (low, high) = qualifier switch
            {
                QuantityQualifier.About => (value * 0.9, value * 1.1),
                QuantityQualifier.LessThan or QuantityQualifier.AtMost => ((double?)null, (double?)value),
                QuantityQualifier.MoreThan or QuantityQualifier.AtLeast => (value, null),
                _ => (value, value),
            };
        }
        if (kind == QuantityKind.Percent && unit is null) unit = "%";
        var span = new TextSpan(_tok[startToken].Start, _tok[j - 1].End);
        q = new Quantity(span, kind, finalQualifier, Round(value), Round(low), Round(high), unit, noun, nounSpan);
        end = j;
        return true;
    }

    private static void Multiply(ref Num n, double factor)
    {
        n.Low *= factor;
        n.High *= factor;
    }

    private static double? Round(double? d) => d is null ? null : Math.Round(d.Value, 6);
    private static double Round(double d) => Math.Round(d, 6);

    private bool LooksLikeIdentifierBefore(int p)
    {
        if (_tok[p].Kind != TokenKind.Word) return T(p) is "#";
        var w = T(p);
        if (w is "No" or "no" or "number" or "Number" or "No.") return true;
        if (!char.IsUpper(w[0])) return false;
        if (In(Months, w) || In(QualifierStarts, w) || In(Triggers, w)) return false;
        return !(w is "I" or "In" or "On" or "At" or "By" or "For" or "Of" or "The" or "And" or "But" or "With" or "From" or "To"
            or "All" or "Another" or "Only" or "Just" or "Its" or "His" or "Her" or "Their" or "Our" or "Those" or "These" or "Every"
            or "Since" or "Until" or "After" or "Before" or "During" or "Some" or "Nearly" or "Almost" or "About" or "Around");
    }

    private bool MatchQualifier(int j, out QuantityQualifier qualifier, out int length)
    {
        qualifier = QuantityQualifier.Exact;
        length = 0;
        if (!IsWord(j) || !In(QualifierStarts, T(j))) return false;
        foreach (var (words, qual) in Qualifiers)
        {
            bool ok = true;
            for (int w = 0; w < words.Length && ok; w++) ok = Is(j + w, words[w]);
            if (!ok) continue;
            int after = j + words.Length;
            // The qualifier counts only when a number follows it.
            int probe = after;
            if (CurrencyPrefix(ref probe) is null) probe = after;
            if (!StartsNumber(probe)) return false;
            qualifier = qual;
            length = words.Length;
            return true;
        }
        return false;
    }

    private bool StartsNumber(int k)
    {
        if (k >= _to) return false;
        if (IsNumber(k)) return true;
        if (!IsWord(k)) return false;
        var w = T(k);
        if (In(SmallNumbers, w) || In(PluralScales, w) || In(VagueWords, w) || w.Equals("half", StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Contains('-')) { int dash = w.IndexOf('-'); return In(SmallNumbers, w[..dash]); }
        return (w is "a" or "an" or "A" or "An" || w.Equals("half", StringComparison.OrdinalIgnoreCase)) && k + 1 < _to
            && (In(Scales, T(k + 1)) || In(Fractions, T(k + 1)) || Is(k + 1, "few") || Is(k + 1, "dozen") || Is(k + 1, "couple") || Is(k + 1, "handful") || Is(k + 1, "a"));
    }

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

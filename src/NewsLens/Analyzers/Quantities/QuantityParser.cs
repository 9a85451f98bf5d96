using NewsLens.Text;
using static NewsLens.Analyzers.Quantities.QuantityLexicon;

namespace NewsLens.Analyzers.Quantities;

/// <summary>
/// Finds quantities in one run of tokens (a sentence) with a single left-to-right pass. Only tokens that can open a
/// quantity (digits, number words, qualifiers, currency signs, months) are looked at closely, so the cost per sentence
/// is a few dictionary look-ups per token. Not thread-safe; create one per call (it is a small struct-like object).
/// </summary>
internal sealed partial class QuantityParser(string text, IReadOnlyList<Token> tokens, int from, int to)
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
}

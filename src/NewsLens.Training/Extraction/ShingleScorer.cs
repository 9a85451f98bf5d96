using System.Globalization;
using System.Text;

namespace NewsLens.Training.Extraction;

/// <summary>
/// The ScrapingHub article-extraction-benchmark metric (evaluate.py): case-sensitive <c>\w+</c> tokens as Python's
/// <c>re</c> defines them, 4-token shingles counted as multisets, per-page TP/FP/FN normalised to sum 1, precision
/// averaged over pages with TP+FP &gt; 0, recall over pages with TP+FN &gt; 0, F1 from the two averages.
/// </summary>
public static class ShingleScorer
{
    public readonly record struct PageCounts(double Tp, double Fp, double Fn);

    public sealed record Score(double Precision, double Recall, double F1);

    public static PageCounts Compare(string truth, string predicted, int n = 4) => Compare(Shingles(truth, n), predicted, n);

    /// <summary>As <see cref="Compare(string, string, int)"/>, with the truth's shingles computed once by the caller.</summary>
    public static PageCounts Compare(Dictionary<string, int> t, string predicted, int n = 4)
    {
        var p = Shingles(predicted, n);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in t)
        {
            int pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }
        foreach (var (key, pc) in p)
            fp += Math.Max(0, pc - t.GetValueOrDefault(key));
        double s = tp + fp + fn;
        return s > 0 ? new PageCounts(tp / s, fp / s, fn / s) : new PageCounts(0, 0, 0);
    }

    public static Score Aggregate(IReadOnlyList<PageCounts> pages)
    {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0;
        foreach (var c in pages)
        {
            if (c.Tp + c.Fp > 0) { pSum += PagePrecision(c); pN++; }
            if (c.Tp + c.Fn > 0) { rSum += PageRecall(c); rN++; }
        }
        double precision = pN > 0 ? pSum / pN : 0, recall = rN > 0 ? rSum / rN : 0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Score(precision, recall, f1);
    }

    public static double PagePrecision(PageCounts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fp == 0 ? 0 : c.Tp / (c.Tp + c.Fp);

    public static double PageRecall(PageCounts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fn == 0 ? 0 : c.Tp / (c.Tp + c.Fn);

    /// <summary>Shingles keyed by their tokens joined with U+0001 (never inside a \w token).</summary>
    public static Dictionary<string, int> Shingles(string text, int n)
    {
        var tokens = Tokenize(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        // why: evaluate.py emits one shorter shingle when a text has fewer than n tokens, and none when it has zero.
        int count = Math.Max(1, tokens.Count - n + 1);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Clear();
            for (int j = i; j < Math.Min(i + n, tokens.Count); j++)
            {
                if (j > i) sb.Append('\u0001');
                sb.Append(tokens[j]);
            }
            if (sb.Length == 0) continue;
            var key = sb.ToString();
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    /// <summary>Python 3 <c>re</c> <c>\w</c>: letters (L*), numbers (N*) and underscore, by code point.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int start = -1;
        int i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used);
            if (IsWord(rune))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += used;
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    private static bool IsWord(Rune r)
    {
        if (r.Value == '_') return true;
        var cat = Rune.GetUnicodeCategory(r);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}

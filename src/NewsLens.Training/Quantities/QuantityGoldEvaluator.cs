using System.Globalization;
using NewsLens.Analyzers.Quantities;
using NewsLens.Text;

namespace NewsLens.Training.Quantities;

/// <summary>
/// Scores the extractor against hand-annotated offsets (a TSV of <c>path start end kind qualifier value high unit</c>,
/// paths relative to a data root). A prediction matches a gold quantity when their spans overlap (one-to-one, in text
/// order); it is correct when kind, unit and value (and the upper bound of ranges and dates) agree within 0.1%.
/// Every quantity in the annotated files is annotated, so predictions without a gold partner count as false positives.
/// </summary>
public static class QuantityGoldEvaluator
{
    /// <summary>Counts and the derived precision and recall.</summary>
    public sealed record Result(int Gold, int Predicted, int SpanMatches, int Correct, int QualifierAgrees, IReadOnlyList<string> Errors)
    {
        public double SpanPrecision => Predicted == 0 ? 0 : (double)SpanMatches / Predicted;
        public double SpanRecall => Gold == 0 ? 0 : (double)SpanMatches / Gold;
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"gold {Gold}, predicted {Predicted}; span P {SpanPrecision:0.000} R {SpanRecall:0.000}; value+unit+kind P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}; qualifier agrees on {QualifierAgrees}/{Correct} correct");
    }

    private sealed record Gold(int Start, int End, string Kind, string Qualifier, double Value, double? High, string Unit);

    public static Result Evaluate(string goldPath, string dataRoot)
    {
        var byFile = new Dictionary<string, List<Gold>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(goldPath))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 8) throw new InvalidDataException($"{goldPath}: expected 8 tab-separated fields: {line}");
            var g = new Gold(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4],
                double.Parse(f[5], CultureInfo.InvariantCulture), f[6].Length == 0 ? null : double.Parse(f[6], CultureInfo.InvariantCulture), f[7]);
            (byFile.TryGetValue(f[0], out var list) ? list : byFile[f[0]] = []).Add(g);
        }
        int gold = 0, predicted = 0, spans = 0, correct = 0, qualifiers = 0;
        var errors = new List<string>();
        foreach (var (path, golds) in byFile)
        {
            var doc = Document.Create(File.ReadAllText(Path.Combine(dataRoot, path)));
            var preds = QuantityExtractor.Extract(doc);
            gold += golds.Count;
            predicted += preds.Count;
            var used = new bool[preds.Count];
            foreach (var g in golds)
            {
                var gs = new TextSpan(g.Start, g.End);
                int k = -1;
                for (int i = 0; i < preds.Count; i++)
                    if (!used[i] && preds[i].Span.Overlaps(gs)) { k = i; break; }
                if (k < 0) { errors.Add($"missed  {path} {gs} \"{doc[gs]}\""); continue; }
                used[k] = true;
                spans++;
                var p = preds[k];
                if (IsCorrect(g, p))
                {
                    correct++;
                    if (g.Qualifier == "date" || g.Qualifier == Symbol(p)) qualifiers++;
                }
                else errors.Add($"wrong   {path} {gs} \"{doc[gs]}\" gold {g.Kind} {g.Qualifier} {g.Value} {g.High} {g.Unit} | got \"{doc[p.Span]}\" {p.Kind} {p.Normalized}");
            }
            for (int i = 0; i < preds.Count; i++)
                if (!used[i]) errors.Add($"extra   {path} {preds[i].Span} \"{doc[preds[i].Span]}\" {preds[i].Normalized}");
        }
        return new Result(gold, predicted, spans, correct, qualifiers, errors);
    }

    private static string Symbol(Quantity p) => p.Qualifier == QuantityQualifier.Range ? "range" : p.Symbol;

    private static bool IsCorrect(Gold g, Quantity p)
    {
        if (!string.Equals(g.Kind, p.Kind.ToString(), StringComparison.OrdinalIgnoreCase)) return false;
        if (!string.Equals(g.Unit, p.Unit ?? "", StringComparison.Ordinal)) return false;
        if (g.Qualifier is "date" or "range") return Near(g.Value, p.Low) && Near(g.High, p.High);
        return Near(g.Value, p.Value);
    }

    private static bool Near(double? a, double? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-3 * Math.Max(1, Math.Abs(a.Value));
}

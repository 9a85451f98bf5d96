using System.Globalization;
using System.Text.Json;
using NewsLens.Analyzers.Attributions;
using NewsLens.Text;

namespace NewsLens.Training.Attributions;

/// <summary>
/// Second check of speaker attribution on BASIL (Fan et al. 2019): for every annotated span inside a quote whose
/// speaker is a named entity (not <c>other_*</c>), finds the extracted attribution whose content overlaps the span most
/// and compares its resolved speaker with the annotated one (correct when a name word of at least three letters is
/// shared, ignoring case, with the speaker's name or the organisation the text gives for it; so "Steele" matches
/// <c>Michael_Steele</c>, and "Lis Smith, a spokeswoman for the Obama campaign" matches <c>Obama_campaign</c>). Articles are rebuilt from their body paragraphs
/// (sentences joined by a space, paragraphs by a blank line); spans are found by their text.
/// </summary>
public static class BasilSpeakerEvaluation
{
    /// <summary>Result counts: <see cref="Correct"/> / <see cref="Spans"/> is the accuracy; <see cref="Covered"/> spans had an attribution.</summary>
    public sealed record Result(int Articles, int Spans, int Covered, int Correct, int WithSource)
    {
        public double Accuracy => Spans == 0 ? 0 : (double)Correct / Spans;
        public double AccuracyWhenCovered => Covered == 0 ? 0 : (double)Correct / Covered;
        public double Coverage => Spans == 0 ? 0 : (double)Covered / Spans;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"BASIL quoted spans with a named speaker: {Spans} in {Articles} articles; covered by an attribution {Covered} ({Coverage:0.000}); speaker correct {Correct}: accuracy {Accuracy:0.000} overall, {AccuracyWhenCovered:0.000} when covered");
    }

    public static Result Run(string basilDir, AttributionExtractor extractor, NewsLens.Training.Vectors.EncodedCorpus? encoder = null)
    {
        int articles = 0, spans = 0, covered = 0, correct = 0, withSource = 0;
        foreach (var annPath in Directory.GetFiles(Path.Combine(basilDir, "annotations"), "*_ann.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string year = Path.GetFileName(Path.GetDirectoryName(annPath)!);
            string articlePath = Path.Combine(basilDir, "articles", year, Path.GetFileName(annPath).Replace("_ann.json", ".json", StringComparison.Ordinal));
            if (!File.Exists(articlePath)) continue;
            string text = ArticleText(articlePath);
            using var ann = JsonDocument.Parse(File.ReadAllText(annPath));
            if (!ann.RootElement.TryGetProperty("phrase-level-annotations", out var phrases)) continue;
            List<Attribution>? found = null;
            articles++;
            foreach (var p in phrases.EnumerateArray())
            {
                if (Str(p, "quote") != "yes") continue;
                string speaker = Str(p, "speaker");
                if (speaker.Length == 0 || speaker.StartsWith("other", StringComparison.OrdinalIgnoreCase)) continue;
                string txt = Str(p, "txt");
                int at = txt.Length == 0 ? -1 : text.IndexOf(txt, StringComparison.Ordinal);
                if (at < 0) continue;
                spans++;
                found ??= [.. extractor.Extract(AttributionTrainer.Open(text, encoder))];
                var span = new TextSpan(at, at + txt.Length);
                Attribution? best = null;
                int bestOverlap = 0;
                foreach (var a in found)
                {
                    int o = a.ContentParts.Sum(c => c.OverlapLength(span));
                    if (o > bestOverlap) { bestOverlap = o; best = a; }
                }
                if (best is null) continue;
                covered++;
                if (best.Source is { } src) withSource++;
                string predicted = (best.Speaker?.Name ?? (best.Source is { } s2 ? text[s2.Start..s2.End] : "")) + " " + best.Speaker?.Organisation;
                if (SameName(speaker, predicted)) correct++;
            }
        }
        return new Result(articles, spans, covered, correct, withSource);
    }

    private static bool SameName(string gold, string predicted)
    {
        var words = predicted.Split([' ', '.', ',', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries);
        foreach (var g in gold.Split('_', StringSplitOptions.RemoveEmptyEntries))
            if (g.Length >= 3 && words.Any(w => string.Equals(w, g, StringComparison.OrdinalIgnoreCase))) return true;
        return false;
    }

    private static string ArticleText(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var paras = new List<string>();
        if (doc.RootElement.TryGetProperty("body-paragraphs", out var body))
            foreach (var para in body.EnumerateArray())
                paras.Add(string.Join(' ', para.EnumerateArray().Select(s => s.GetString() ?? "")));
        return string.Join("\n\n", paras);
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}

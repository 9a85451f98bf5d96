using System.Globalization;

namespace NewsLens.Analyzers.Techniques.Training;

/// <summary>
/// Compiles the single-word entries of the shared lexicons into a <see cref="TechniqueLexicon"/>:
/// Recasens et al. 2013 bias lexicon and related lists (assertive, factive, implicative, report verbs, hedges),
/// MPQA subjectivity clues, Islam et al. 2020 hedges and boosters, VADER valence, Moral Foundations Dictionary 2.0
/// and the BABE bias-word lexicon. Multi-word entries are skipped. A missing file is an error.
/// </summary>
public static class LexiconCompiler
{
    /// <param name="lexiconsDir">../shared/data/lexicons</param>
    /// <param name="babeDir">../shared/data/babe-media-bias, or null to leave BABE out.</param>
    /// <param name="includeCopyleft">false leaves out MPQA (GPL) and BABE (AGPL-3.0).</param>
    public static TechniqueLexicon Compile(string lexiconsDir, string? babeDir, bool includeCopyleft = true)
    {
        var entries = new List<KeyValuePair<string, (LexiconFlags, float)>>();
        void AddWords(string path, LexiconFlags flag)
        {
            foreach (var raw in ReadLines(path))
            {
                var w = raw.Trim();
                if (w.Length == 0 || w.StartsWith('#') || w.Contains(' ') || w.Contains('_')) continue;
                entries.Add(new(w.ToLowerInvariant(), (flag, 0f)));
            }
        }

        AddWords(Path.Combine(lexiconsDir, "recasens2013-bias-lexicon", "bias-lexicon.txt"), LexiconFlags.Bias);
        var related = Path.Combine(lexiconsDir, "recasens2013-bias-related-lexicons");
        AddWords(Path.Combine(related, "assertives_hooper1975.txt"), LexiconFlags.Assertive);
        AddWords(Path.Combine(related, "factives_hooper1975.txt"), LexiconFlags.Factive);
        AddWords(Path.Combine(related, "implicatives_karttunen1971.txt"), LexiconFlags.Implicative);
        AddWords(Path.Combine(related, "report_verbs.txt"), LexiconFlags.ReportVerb);
        AddWords(Path.Combine(related, "hedges_hyland2005.txt"), LexiconFlags.Hedge);
        var hb = Path.Combine(lexiconsDir, "hedges-boosters-islam2020");
        AddWords(Path.Combine(hb, "hedge_words.txt"), LexiconFlags.Hedge);
        AddWords(Path.Combine(hb, "booster_words.txt"), LexiconFlags.Booster);

        foreach (var line in ReadLines(Path.Combine(lexiconsDir, "vader", "vader_lexicon.txt")))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float v)) continue;
            if (parts[0].Contains(' ') || !parts[0].Any(char.IsLetter)) continue;
            var flags = (v >= 0.5f ? LexiconFlags.Positive : 0) | (v <= -0.5f ? LexiconFlags.Negative : 0) | (Math.Abs(v) >= 2f ? LexiconFlags.Intense : 0);
            entries.Add(new(parts[0].ToLowerInvariant(), (flags, v)));
        }

        int percentSeen = 0;
        foreach (var line in ReadLines(Path.Combine(lexiconsDir, "moral-foundations", "mfd2.0.dic")))
        {
            if (line.Trim() == "%") { percentSeen++; continue; }
            if (percentSeen < 2) continue;
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].Contains(' ') || parts[0].Contains('_')) continue;
            if (!int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int cat) || cat is < 1 or > 10) continue;
            var foundation = ((cat - 1) / 2) switch
            {
                0 => LexiconFlags.MoralCare, 1 => LexiconFlags.MoralFairness, 2 => LexiconFlags.MoralLoyalty,
                3 => LexiconFlags.MoralAuthority, _ => LexiconFlags.MoralSanctity,
            };
            entries.Add(new(parts[0].Trim().ToLowerInvariant(), (foundation | (cat % 2 == 1 ? LexiconFlags.MoralVirtue : LexiconFlags.MoralVice), 0f)));
        }

        if (includeCopyleft)
        {
            foreach (var line in ReadLines(Path.Combine(lexiconsDir, "mpqa-subjectivity-clues", "subjclueslen1-HLTEMNLP05.tff")))
            {
                string? type = null, word = null;
                foreach (var kv in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (kv.StartsWith("type=", StringComparison.Ordinal)) type = kv[5..];
                    else if (kv.StartsWith("word1=", StringComparison.Ordinal)) word = kv[6..];
                }
                if (word is null || type is null) continue;
                entries.Add(new(word.ToLowerInvariant(), (type == "strongsubj" ? LexiconFlags.StrongSubjective : LexiconFlags.WeakSubjective, 0f)));
            }
            if (babeDir is not null) AddWords(Path.Combine(babeDir, "bias_word_lexicon.csv"), LexiconFlags.BabeBias);
        }
        return new TechniqueLexicon(entries);
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"lexicon file not found: {path}", path);
        return File.ReadLines(path).Select(l => l.TrimEnd('\r'));
    }
}

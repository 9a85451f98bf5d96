using System.Globalization;
using System.Text;

namespace NewsLens.Training.Lexicon;

/// <summary>
/// Compiles the word lists that the style profile, the technique tagger and the claim scorer read from
/// <c>../shared/data</c> into one sorted, tab-separated file (<c>category, term, score</c>) embedded in the core as
/// <see cref="NewsLens.Lexical.Lexicon"/>, plus the short lists NewsLens writes itself (insults, intensifiers). Only
/// lists under permissive or unstated terms are read: the MPQA clues (GPL) and the BABE lexicon (AGPL) are not.
/// Deterministic: the same inputs give a byte-identical file.
/// </summary>
public static class LexiconCompiler
{
    /// <summary>Writes the compiled lexicon to <paramref name="outputPath"/> and returns the number of entries per category.</summary>
    /// <param name="sharedData">the <c>shared/data</c> folder.</param>
    /// <param name="outputPath">the TSV file to write.</param>
    public static IReadOnlyDictionary<string, int> Compile(string sharedData, string outputPath)
    {
        var entries = new SortedDictionary<(string Category, string Term), float>();
        void Add(string category, string term, float score = 1f)
        {
            term = Normalize(term);
            if (term.Length == 0 || term.Split(' ').Length > 3) return;
            entries[(category, term)] = score;
        }

        string lex = Path.Combine(sharedData, "lexicons");
        foreach (var line in File.ReadLines(Path.Combine(lex, "vader", "vader_lexicon.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 2 || !f[0].Any(char.IsLetter)) continue; // why: emoticons never survive our tokenizer as one token
            Add("vader", f[0], float.Parse(f[1], CultureInfo.InvariantCulture));
        }
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-lexicon", "bias-lexicon.txt"))) Add("bias.recasens", w);
        foreach (var w in ReadList(Path.Combine(lex, "hedges-boosters-islam2020", "hedge_words.txt"))) Add("hedge", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "hedges_hyland2005.txt"))) Add("hedge", w);
        foreach (var w in ReadList(Path.Combine(lex, "hedges-boosters-islam2020", "booster_words.txt"))) Add("booster", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "assertives_hooper1975.txt"))) Add("assertive", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "factives_hooper1975.txt"))) Add("factive", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "implicatives_karttunen1971.txt"))) Add("implicative", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "report_verbs.txt"))) Add("report", w);
        ReadMoralFoundations(Path.Combine(lex, "moral-foundations", "mfd2.0.dic"), Add);
        foreach (var w in OwnLists.Insults) Add("insult", w);
        foreach (var w in OwnLists.Intensifiers) Add("intensifier", w);

        var sb = new StringBuilder();
        sb.Append("# NewsLens lexicon, compiled by `newslens train lexicon`. See README.md for sources and licences.\n");
        sb.Append("# category\tterm\tscore\n");
        foreach (var ((cat, term), score) in entries)
            sb.Append(cat).Append('\t').Append(term).Append('\t').Append(score.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, sb.ToString(), new UTF8Encoding(false));
        return entries.GroupBy(e => e.Key.Category).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Lower case, straight apostrophes, single spaces: the form <see cref="NewsLens.Lexical.Lexicon"/> looks up.</summary>
    internal static string Normalize(string term) =>
        string.Join(' ', term.Trim().Trim('"').ToLowerInvariant().Replace('\u2019', '\'')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> ReadList(string path) =>
        (File.Exists(path) ? File.ReadLines(path) : throw new FileNotFoundException($"word list not found: {path}", path)).Select(l => l.Trim().TrimStart('\uFEFF')).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static void ReadMoralFoundations(string path, Action<string, string, float> add)
    {
        var categories = new Dictionary<string, string>();
        int percentSigns = 0;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line == "%") { percentSigns++; continue; }
            var f = line.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2) continue;
            if (percentSigns == 1) categories[f[0]] = f[1];
            else if (percentSigns >= 2 && categories.TryGetValue(f[1], out var cat)) add("moral." + cat, f[0].Replace('_', ' '), 1f);
        }
    }
}

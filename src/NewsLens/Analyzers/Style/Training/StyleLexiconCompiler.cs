using System.Globalization;
using System.Text;

namespace NewsLens.Analyzers.Style.Training;

/// <summary>
/// Compiles the word lists the style profile uses from <c>../shared/data</c> into one sorted, tab-separated file
/// (<c>category, term, score</c>), plus the short lists NewsLens writes itself (insults, intensifiers, all-caps
/// exceptions). Deterministic: the same inputs give a byte-identical file.
/// </summary>
public static class StyleLexiconCompiler
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
        foreach (var line in File.ReadLines(Path.Combine(lex, "mpqa-subjectivity-clues", "subjclueslen1-HLTEMNLP05.tff")))
        {
            string? type = null, word = null;
            foreach (var kv in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (kv.StartsWith("type=", StringComparison.Ordinal)) type = kv[5..];
                else if (kv.StartsWith("word1=", StringComparison.Ordinal)) word = kv[6..];
            }
            if (word is null) continue;
            if (type == "strongsubj") Add("subjective.strong", word);
            else if (type == "weaksubj" && !entries.ContainsKey(("subjective.strong", Normalize(word)))) Add("subjective.weak", word);
        }
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-lexicon", "bias-lexicon.txt"))) Add("bias.recasens", w);
        foreach (var w in ReadList(Path.Combine(sharedData, "babe-media-bias", "bias_word_lexicon.csv"))) Add("bias.babe", w);
        foreach (var w in ReadList(Path.Combine(lex, "hedges-boosters-islam2020", "hedge_words.txt"))) Add("hedge", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "hedges_hyland2005.txt"))) Add("hedge", w);
        foreach (var w in ReadList(Path.Combine(lex, "hedges-boosters-islam2020", "booster_words.txt"))) Add("booster", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "assertives_hooper1975.txt"))) Add("assertive", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "factives_hooper1975.txt"))) Add("factive", w);
        foreach (var w in ReadList(Path.Combine(lex, "recasens2013-bias-related-lexicons", "report_verbs.txt"))) Add("report", w);
        ReadMoralFoundations(Path.Combine(lex, "moral-foundations", "mfd2.0.dic"), Add);
        foreach (var w in OwnLists.Insults) Add("insult", w);
        foreach (var w in OwnLists.Intensifiers) Add("intensifier", w);

        var sb = new StringBuilder();
        sb.Append("# NewsLens style lexicon, compiled by `newslens train verdict --compile-lexicons`. See README.md for sources and licences.\n");
        sb.Append("# category\tterm\tscore\n");
        foreach (var ((cat, term), score) in entries)
            sb.Append(cat).Append('\t').Append(term).Append('\t').Append(score.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, sb.ToString(), new UTF8Encoding(false));
        return entries.GroupBy(e => e.Key.Category).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Lower case, straight apostrophes, single spaces: the form <see cref="StyleLexicon"/> looks up.</summary>
    internal static string Normalize(string term) =>
        string.Join(' ', term.Trim().Trim('"').ToLowerInvariant().Replace('\u2019', '\'')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> ReadList(string path) =>
        File.ReadLines(path).Select(l => l.Trim().TrimStart('\uFEFF')).Where(l => l.Length > 0 && !l.StartsWith('#'));

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

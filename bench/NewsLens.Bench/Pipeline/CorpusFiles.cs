namespace NewsLens.Bench.Pipeline;

/// <summary>
/// Real article texts from ../shared/data for corpus runs: PTC train, PolNeAR train+dev, BASIL bodies and the
/// SemEval-2019 by-article training articles.
/// </summary>
internal static class CorpusFiles
{
    public static string? DataRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx")) && Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }

    /// <summary>Loads (name, text) pairs; empty when the data folder is absent.</summary>
    public static List<(string Corpus, string Text)> Load(string root)
    {
        var list = new List<(string, string)>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "ptc-semeval2020-task11", "train-articles"), "*.txt").Order())
            list.Add(("ptc", File.ReadAllText(f)));
        foreach (var split in new[] { "train", "dev" })
        {
            var dir = Path.Combine(root, "polnear-attribution", split, "text");
            if (Directory.Exists(dir))
                foreach (var f in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order())
                    list.Add(("polnear", File.ReadAllText(f)));
        }
        var basil = Path.Combine(root, "basil-media-bias", "articles");
        if (Directory.Exists(basil))
            foreach (var f in Directory.EnumerateFiles(basil, "*.json", SearchOption.AllDirectories).Order())
            {
                using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(f));
                if (doc.RootElement.TryGetProperty("body-paragraphs", out var paras) && paras.ValueKind == System.Text.Json.JsonValueKind.Array)
                {
                    var texts = paras.EnumerateArray().Select(p => p.ValueKind == System.Text.Json.JsonValueKind.Array
                        ? string.Join(" ", p.EnumerateArray().Select(x => x.ToString())) : p.ToString());
                    list.Add(("basil", string.Join("\n\n", texts)));
                }
            }
        var semeval = Path.Combine(root, "semeval2019-hyperpartisan-byarticle", "articles-training-byarticle-20181122.xml");
        if (File.Exists(semeval))
            foreach (var a in NewsLens.Training.Verdict.SemEvalArticleReader.ReadArticles(semeval))
                list.Add(("semeval2019", a.Text));
        return list;
    }
}

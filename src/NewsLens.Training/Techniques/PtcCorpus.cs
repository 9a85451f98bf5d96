using System.Globalization;
using NewsLens.Analyzers.Techniques;

namespace NewsLens.Training.Techniques;

/// <summary>
/// Reads the PTC (SemEval-2020 Task 11) layout: <c>train-articles/article&lt;ID&gt;.txt</c> and the label files
/// <c>train-task1-SI.labels</c> (<c>ID\tstart\tend</c>) and <c>train-task2-TC.labels</c> (<c>ID\ttechnique\tstart\tend</c>).
/// </summary>
public static class PtcCorpus
{
    /// <summary>Article id from a file name like <c>article111111111.txt</c>, or null.</summary>
    public static string? IdFromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (!name.StartsWith("article", StringComparison.Ordinal)) return null;
        var id = name["article".Length..];
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : null;
    }

    /// <summary>The articles of <paramref name="articlesDir"/>, ordered by id, read whole as UTF-8.</summary>
    public static List<(string Id, string Path)> ListArticles(string articlesDir) =>
        [.. Directory.EnumerateFiles(articlesDir, "article*.txt")
            .Select(p => (Id: IdFromFileName(p), Path: p))
            .Where(x => x.Id is not null)
            .Select(x => (x.Id!, x.Path))
            .OrderBy(x => x.Item1, StringComparer.Ordinal)];

    /// <summary>Loads articles and labels from a PTC folder (the one holding <c>train-articles/</c>).</summary>
    /// <exception cref="FileNotFoundException">when the folder lacks the articles or a label file.</exception>
    /// <summary>
    /// The untouched part: articles whose id's FNV-1a hash is 0 mod 7 (about one in seven). Cross-validation and every
    /// tuning choice use the others; this part is scored once, at the end, to show how far the CV figures overstate.
    /// </summary>
    public static bool IsHeldOut(string id)
    {
        uint h = 2166136261;
        foreach (char c in id) h = (h ^ c) * 16777619;
        return h % 7 == 0;
    }

    public static List<PtcArticle> Load(string ptcDir)
    {
        var articlesDir = Path.Combine(ptcDir, "train-articles");
        if (!Directory.Exists(articlesDir)) throw new FileNotFoundException($"PTC articles folder not found: {articlesDir}", articlesDir);
        var si = ReadLabels(Path.Combine(ptcDir, "train-task1-SI.labels"), hasTechnique: false);
        var tc = ReadLabels(Path.Combine(ptcDir, "train-task2-TC.labels"), hasTechnique: true);
        return [.. ListArticles(articlesDir).Select(a => new PtcArticle(a.Id, File.ReadAllText(a.Path),
            si.TryGetValue(a.Id, out var s) ? s : [], tc.TryGetValue(a.Id, out var t) ? t : []))];
    }

    /// <summary>Reads a label file, SI (3 columns) or TC (4 columns), grouped by article id. A TC template's "?" is kept as the technique.</summary>
    /// <exception cref="InvalidDataException">naming the file and line of a malformed row.</exception>
    public static Dictionary<string, List<PtcSpan>> ReadLabels(string path, bool hasTechnique)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"label file not found: {path}", path);
        var result = new Dictionary<string, List<PtcSpan>>(StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0) continue;
            var parts = line.TrimEnd('\r').Split('\t');
            int expected = hasTechnique ? 4 : 3;
            if (parts.Length != expected
                || !int.TryParse(parts[expected - 2], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(parts[expected - 1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start)
                throw new InvalidDataException($"{path}:{lineNo}: expected {expected} tab-separated columns ending in start and end offsets");
            if (!result.TryGetValue(parts[0], out var list)) result[parts[0]] = list = [];
            list.Add(new PtcSpan(start, end, hasTechnique ? parts[1] : "propaganda"));
        }
        return result;
    }
}

using System.Text.RegularExpressions;
using NewsLens.Ingest.Common;
using NewsLens.Ingest.Text;

namespace NewsLens.Ingest.Ptc;

/// <summary>
/// Reads a folder of PTC-style <c>article&lt;ID&gt;.txt</c> files (format <c>ptc</c>; SemEval-2020 Task 11).
/// Each file is one article: id = the numeric ID, text = the whole file unrewritten (title line included) so the
/// corpus's character offsets apply unchanged, title = the first line. Files are read in ascending ID order; other
/// files in the folder are ignored. A path to a single file reads that file. Thread-safe.
/// </summary>
public sealed partial class PtcFolderReader(ReaderLimits? limits = null) : IArticleReader
{
    private readonly PlainTextReader _text = new(new TextReaderOptions { KeepTitleInText = true, Limits = limits ?? ReaderLimits.Default });

    public string Format => "ptc";

    /// <summary>True when <paramref name="directory"/> holds at least one <c>article&lt;ID&gt;.txt</c> file.</summary>
    public static bool LooksLikePtcFolder(string directory) =>
        Directory.EnumerateFiles(directory, "article*.txt").Any(f => ArticleFile().IsMatch(Path.GetFileName(f)));

    /// <summary>How many <c>article&lt;ID&gt;.txt</c> files <paramref name="directory"/> holds.</summary>
    public static int CountArticleFiles(string directory) =>
        Directory.EnumerateFiles(directory, "article*.txt").Count(f => ArticleFile().IsMatch(Path.GetFileName(f)));

    public IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            yield return RecordGuard.Build(path, () => ReadOne(path));
            yield break;
        }
        if (!Directory.Exists(path))
        {
            yield return ReadItem.Fail(path, "no such folder");
            yield break;
        }
        var files = Directory.EnumerateFiles(path, "article*.txt")
            .Select(f => (Path: f, Match: ArticleFile().Match(Path.GetFileName(f))))
            .Where(x => x.Match.Success)
            // why: numeric order, not ordinal: article9.txt comes before article10.txt.
            .OrderBy(x => x.Match.Groups[1].Value.Length).ThenBy(x => x.Match.Groups[1].Value, StringComparer.Ordinal)
            .Select(x => x.Path)
            .ToList();
        if (files.Count == 0)
        {
            yield return ReadItem.Fail(path, "empty input: no article<ID>.txt files");
            yield break;
        }
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return RecordGuard.Build(file, () => ReadOne(file));
        }
    }

    private ReadItem ReadOne(string file)
    {
        var item = _text.ReadFile(file);
        if (item.Article is not { } a) return item;
        var m = ArticleFile().Match(Path.GetFileName(file));
        string id = m.Success ? m.Groups[1].Value : a.Id;
        return item with { Article = a with { Id = id, Metadata = a.Metadata with { Id = id, Title = a.Metadata.Title ?? FirstLine(a.Text) } } };
    }

    private static string? FirstLine(string text)
    {
        int nl = text.IndexOf('\n');
        var line = (nl < 0 ? text.AsSpan() : text.AsSpan(0, nl)).Trim();
        return line.IsEmpty ? null : line.ToString();
    }

    [GeneratedRegex(@"^article(\d+)\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleFile();
}

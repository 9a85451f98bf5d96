using System.Xml;
using NewsLens.Ingest.Xml;

namespace NewsLens.Training.Verdict;

/// <summary>
/// Reads SemEval-2019 Task 4 articles through the same <see cref="SemEvalXmlReader"/> that <c>analyze</c> and
/// <c>classify</c> use (so a model is trained on the text it is later served), and joins them with the ground-truth XML.
/// A record that analysis would refuse too (an empty body, over the limits) is left out and reported, never trained on.
/// </summary>
public static class SemEvalArticleReader
{
    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };

    /// <summary>Streams the articles of <paramref name="path"/> in file order; each refused record goes to <paramref name="skipped"/>.</summary>
    public static IEnumerable<SemEvalArticle> ReadArticles(string path, Action<string>? skipped = null)
    {
        using var stream = File.OpenRead(path);
        foreach (var a in ReadArticles(stream, path, skipped)) yield return a;
    }

    /// <summary>Streams the articles of <paramref name="stream"/>; <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="InvalidDataException">when the file itself cannot be read (malformed XML, a DTD).</exception>
    public static IEnumerable<SemEvalArticle> ReadArticles(Stream stream, string name, Action<string>? skipped = null)
    {
        var reader = new SemEvalXmlReader();
        foreach (var item in reader.Read(stream, name, CancellationToken.None))
        {
            if (item.Article is { } a) yield return new SemEvalArticle(a.Id, a.Text, a.Metadata);
            else if (item.Error is { } e && (e.StartsWith("malformed XML", StringComparison.Ordinal) || e.StartsWith("unsupported XML", StringComparison.Ordinal)))
                throw new InvalidDataException($"{item.Location}: {e}");
            else skipped?.Invoke($"{item.Location}: {item.Error}");
        }
    }

    /// <summary>Reads a ground-truth file: id → (hyperpartisan, url).</summary>
    public static Dictionary<string, (bool Hyperpartisan, string? Url)> ReadGroundTruth(string path)
    {
        var result = new Dictionary<string, (bool, string?)>(StringComparer.Ordinal);
        using var reader = XmlReader.Create(path, Settings);
        try
        {
            while (reader.ReadToFollowing("article"))
            {
                var id = reader.GetAttribute("id") ?? throw new XmlException("ground-truth article without id");
                var hp = reader.GetAttribute("hyperpartisan") ?? throw new XmlException($"article {id}: no hyperpartisan attribute");
                result[id] = (hp.Equals("true", StringComparison.OrdinalIgnoreCase), reader.GetAttribute("url"));
            }
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"{path}: malformed XML at line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}", ex);
        }
        return result;
    }

    /// <summary>Reads articles and joins them with the ground truth on id; articles without a label are an error.</summary>
    public static List<SemEvalArticle> ReadLabeled(string articlesPath, string groundTruthPath, Action<string>? skipped = null)
    {
        var truth = ReadGroundTruth(groundTruthPath);
        var list = new List<SemEvalArticle>();
        foreach (var a in ReadArticles(articlesPath, skipped))
        {
            if (!truth.TryGetValue(a.Id, out var t))
                throw new InvalidDataException($"{groundTruthPath}: no label for article {a.Id}");
            list.Add(a with { Hyperpartisan = t.Hyperpartisan, Url = t.Url });
        }
        return list;
    }
}

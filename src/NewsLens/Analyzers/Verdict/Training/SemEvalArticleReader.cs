using System.Text;
using System.Xml;

namespace NewsLens.Analyzers.Verdict.Training;

/// <summary>
/// Reads SemEval-2019 Task 4 articles XML (<c>&lt;articles&gt;&lt;article id title published-at&gt;</c> with
/// <c>&lt;p&gt;</c>/<c>&lt;a&gt;</c>/<c>&lt;q&gt;</c> body markup) and its ground-truth XML. DTD processing is
/// prohibited. Body text keeps every text node; each <c>&lt;p&gt;</c> becomes a paragraph separated by a blank line.
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

    /// <summary>Streams the articles of <paramref name="path"/> in file order.</summary>
    /// <exception cref="InvalidDataException">naming the file and position when the XML is malformed.</exception>
    public static IEnumerable<SemEvalArticle> ReadArticles(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var a in ReadArticles(stream, path)) yield return a;
    }

    /// <summary>Streams the articles of <paramref name="stream"/>; <paramref name="name"/> is used in error messages.</summary>
    public static IEnumerable<SemEvalArticle> ReadArticles(Stream stream, string name)
    {
        using var reader = XmlReader.Create(stream, Settings);
        while (true)
        {
            SemEvalArticle? article;
            try
            {
                if (!reader.ReadToFollowing("article")) yield break;
                article = ReadOne(reader);
            }
            catch (XmlException ex)
            {
                throw new InvalidDataException($"{name}: malformed XML at line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}", ex);
            }
            yield return article;
        }
    }

    private static SemEvalArticle ReadOne(XmlReader reader)
    {
        string id = reader.GetAttribute("id") ?? throw new XmlException("article without id");
        string title = reader.GetAttribute("title") ?? "";
        string? published = reader.GetAttribute("published-at");
        var sb = new StringBuilder(4096);
        if (!reader.IsEmptyElement)
        {
            int depth = reader.Depth;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.LocalName == "p":
                        BreakParagraph(sb);
                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "p":
                        BreakParagraph(sb);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        AppendText(sb, reader.Value);
                        break;
                }
            }
        }
        return new SemEvalArticle(id, title.Trim(), Tidy(sb), published);
    }

    private static void AppendText(StringBuilder sb, string value)
    {
        foreach (char c in value)
        {
            bool space = char.IsWhiteSpace(c);
            if (space && (sb.Length == 0 || char.IsWhiteSpace(sb[^1]))) continue; // why: collapse markup indentation
            sb.Append(space ? ' ' : c);
        }
    }

    private static void BreakParagraph(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        if (sb.Length > 0 && !(sb.Length >= 2 && sb[^1] == '\n' && sb[^2] == '\n')) sb.Append("\n\n");
    }

    private static string Tidy(StringBuilder sb) => sb.ToString().Trim();

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
    public static List<SemEvalArticle> ReadLabeled(string articlesPath, string groundTruthPath)
    {
        var truth = ReadGroundTruth(groundTruthPath);
        var list = new List<SemEvalArticle>();
        foreach (var a in ReadArticles(articlesPath))
        {
            if (!truth.TryGetValue(a.Id, out var t))
                throw new InvalidDataException($"{groundTruthPath}: no label for article {a.Id}");
            list.Add(a with { Hyperpartisan = t.Hyperpartisan, Url = t.Url });
        }
        return list;
    }
}

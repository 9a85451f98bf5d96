using System.Text;
using System.Text.Json;
using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Json;

/// <summary>
/// Maps the property names news dumps use onto <see cref="RecordFields"/>. Names match case-insensitively and
/// ignoring '-' and '_' (so <c>articleBody</c>, <c>article_body</c> and <c>body-paragraphs</c> all work); when several
/// names for one field are present, the earlier name in each list wins (AllSides' readable <c>content_original</c>
/// before its tokenized <c>content</c>). A tokenized body (spaces around punctuation) is rejoined into prose.
/// </summary>
internal static class JsonFieldMapper
{
    private static readonly string[] IdNames = ["id", "articleid", "docid", "uuid", "_id"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] TextNames = ["text", "body", "contentoriginal", "content", "articlebody", "maintext", "fulltext", "bodyparagraphs", "paragraphs"];
    private static readonly string[] HtmlNames = ["html", "rawhtml", "contenthtml"];
    private static readonly string[] UrlNames = ["url", "link", "uri"];
    private static readonly string[] DateNames = ["date", "published", "publishdate", "publishedat", "datepublished", "pubdate", "publicationdate"];
    private static readonly string[] SourceNames = ["source", "outlet", "sitename", "site", "publisher"];
    private static readonly string[] AuthorNames = ["authors", "author", "byline"];

    public static RecordFields Map(JsonElement obj)
    {
        var f = new RecordFields();
        if (Find(obj, IdNames) is { } id) f.Id = Scalar(id.ValueKind == JsonValueKind.Object && id.TryGetProperty("$oid", out var oid) ? oid : id);
        if (Find(obj, TitleNames) is { } title) f.Title = Scalar(title);
        if (Find(obj, TextNames) is { } text) f.Text = TextOf(text);
        // why: corpora such as AllSides (Baly et al. 2020) keep a tokenized body ("does n't , he said ."); read it as prose
        if (f.Text is { } t && TokenizedText.Looks(t)) f.Text = TokenizedText.Join(t);
        if (Find(obj, HtmlNames) is { } html) f.Html = Scalar(html);
        if (Find(obj, UrlNames) is { } url) f.Url = Scalar(url);
        if (Find(obj, DateNames) is { } date) f.Published = Dates.Parse(date);
        if (Find(obj, SourceNames) is { } source) f.Source = NameOf(source);
        if (Find(obj, AuthorNames) is { } authors) AddAuthors(authors, f.Authors);
        return f;
    }

    private static JsonElement? Find(JsonElement obj, string[] names)
    {
        JsonElement? best = null;
        int bestRank = int.MaxValue;
        foreach (var p in obj.EnumerateObject())
        {
            int rank = Array.IndexOf(names, Normalize(p.Name));
            if (rank >= 0 && rank < bestRank && p.Value.ValueKind is not JsonValueKind.Null)
            {
                best = p.Value;
                bestRank = rank;
            }
        }
        return best;
    }

    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
            if (c is not ('-' or '_') || sb.Length == 0) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        _ => null,
    };

    // why: BASIL-style bodies are arrays of paragraphs, each an array of sentences; paragraphs are joined by a blank
    // line and sentences by a space, so the segmenter sees the same structure.
    private static string? TextOf(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array) return Scalar(e);
        var paragraphs = new List<string>();
        foreach (var item in e.EnumerateArray())
        {
            string? p = item.ValueKind == JsonValueKind.Array
                ? string.Join(' ', item.EnumerateArray().Select(Scalar).Where(s => !string.IsNullOrWhiteSpace(s)))
                : Scalar(item);
            if (!string.IsNullOrWhiteSpace(p)) paragraphs.Add(p);
        }
        return string.Join("\n\n", paragraphs);
    }

    private static string? NameOf(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object
            ? (e.TryGetProperty("name", out var n) ? Scalar(n) : e.TryGetProperty("title", out var t) ? Scalar(t) : null)
            : Scalar(e);

    private static void AddAuthors(JsonElement e, List<string> into)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in e.EnumerateArray())
                if (NameOf(a) is { } s && !string.IsNullOrWhiteSpace(s)) into.Add(s.Trim());
        }
        else if (NameOf(e) is { } s && !string.IsNullOrWhiteSpace(s)) into.Add(s.Trim());
    }
}

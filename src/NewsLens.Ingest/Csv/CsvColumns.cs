using System.Text;

namespace NewsLens.Ingest.Csv;

/// <summary>
/// Which header column holds which article field. Names match case-insensitively ignoring spaces, '-' and '_';
/// when several columns fit one field, the earlier name in its list wins.
/// </summary>
internal sealed class CsvColumns
{
    private static readonly string[] TextNames = ["text", "body", "content", "articlebody", "article", "fulltext", "maintext", "story"];
    private static readonly string[] HtmlNames = ["html", "rawhtml"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] UrlNames = ["url", "link"];
    private static readonly string[] DateNames = ["date", "published", "publishdate", "publishedat", "datepublished", "pubdate"];
    private static readonly string[] SourceNames = ["source", "outlet", "publisher", "sitename", "site"];
    private static readonly string[] IdNames = ["id", "articleid", "docid", "uuid"];
    private static readonly string[] AuthorNames = ["authors", "author", "byline"];

    public static string ExpectedTextColumns => string.Join(", ", TextNames.Concat(HtmlNames));

    public int Count { get; private init; }
    public int Text { get; private init; } = -1;
    public int Html { get; private init; } = -1;
    public int Title { get; private init; } = -1;
    public int Url { get; private init; } = -1;
    public int Date { get; private init; } = -1;
    public int Source { get; private init; } = -1;
    public int Id { get; private init; } = -1;
    public int Authors { get; private init; } = -1;

    public bool HasText => Text >= 0 || Html >= 0;

    public static CsvColumns FromHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalize).ToArray();
        return new CsvColumns
        {
            Count = header.Count,
            Text = Find(names, TextNames),
            Html = Find(names, HtmlNames),
            Title = Find(names, TitleNames),
            Url = Find(names, UrlNames),
            Date = Find(names, DateNames),
            Source = Find(names, SourceNames),
            Id = Find(names, IdNames),
            Authors = Find(names, AuthorNames),
        };
    }

    private static int Find(string[] header, string[] wanted)
    {
        foreach (var w in wanted)
        {
            int i = Array.IndexOf(header, w);
            if (i >= 0) return i;
        }
        return -1;
    }

    private static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
            if (c is not (' ' or '-' or '_' or '\uFEFF') && !char.IsWhiteSpace(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}

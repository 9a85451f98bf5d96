using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsLens.Provenance;
using NewsLens.Reports;
using NewsLens.Reports.Comparison;
using NewsLens.Store;

namespace NewsLens.Cli.Store;

/// <summary>
/// An article's provenance as the store records it: the earlier articles making the same claims, the stored articles it
/// cites, the later ones that repeat its claims or cite it, and its discrepancies with each cited article; as a JSON
/// object (<c>show</c>'s last property, <c>provenance --format json</c>) or lines of text, Markdown or HTML.
/// </summary>
internal sealed class ProvenanceView
{
    private readonly List<Entry> _sameClaims, _cites, _repeatedBy, _citedBy;
    private readonly List<ComparisonReport> _comparisons;

    private sealed record Entry(long Id, double Score, string? By, ArticleSummary? About, IReadOnlyList<ClaimEcho> Claims);

    private ProvenanceView(List<Entry> sameClaims, List<Entry> cites, List<Entry> repeatedBy, List<Entry> citedBy, List<ComparisonReport> comparisons) =>
        (_sameClaims, _cites, _repeatedBy, _citedBy, _comparisons) = (sameClaims, cites, repeatedBy, citedBy, comparisons);

    public bool IsEmpty => _sameClaims.Count + _cites.Count + _repeatedBy.Count + _citedBy.Count == 0;

    /// <param name="found">the run that just found them, for claim-level detail and how each citation was found; null shows what is stored.</param>
    public static ProvenanceView Of(IArticleStore store, long id, ProvenanceRunner.Found? found = null)
    {
        var relations = StoreProvenance.Relations(store);
        var links = relations.LinksOf(id);
        var wanted = links.Select(l => l.Article == id ? l.Other : l.Article).ToHashSet();
        // why: one pass over the store for the titles; provenance lists few articles
        var about = store.Articles().Where(a => wanted.Contains(a.Id)).ToDictionary(a => a.Id);
        Entry E(long other, ArticleLink l) => new(other, l.Score,
            l.Kind == StoreProvenance.Cites && l.Article == id ? found?.Provenance.Cites.FirstOrDefault(c => c.Other == other)?.By : null, about.GetValueOrDefault(other),
            l.Kind == StoreProvenance.SameClaim && l.Article == id ? found?.Provenance.SameClaims.Where(e => e.Other == other).ToList() ?? [] : []);
        List<Entry> Pick(string kind, bool outgoing) => [.. links.Where(l => l.Kind == kind && (l.Article == id) == outgoing).Select(l => E(outgoing ? l.Other : l.Article, l))];
        var comparisons = relations.Comparisons(id).Select(c => JsonSerializer.Deserialize<ComparisonReport>(c.Json, ReportJson.Options)!).ToList();
        return new ProvenanceView(Pick(StoreProvenance.SameClaim, true), Pick(StoreProvenance.Cites, true),
            Pick(StoreProvenance.SameClaim, false), Pick(StoreProvenance.Cites, false), comparisons);
    }

    public JsonObject ToJson()
    {
        JsonArray List(List<Entry> entries) => new([.. entries.Select(e => (JsonNode)Describe(e))]);
        return new JsonObject
        {
            ["sameClaims"] = List(_sameClaims),
            ["cites"] = List(_cites),
            ["repeatedBy"] = List(_repeatedBy),
            ["citedBy"] = List(_citedBy),
            ["discrepancies"] = new JsonArray([.. _comparisons.Select(c => JsonSerializer.SerializeToNode(c, ReportJson.Options))]),
        };
    }

    private static JsonObject Describe(Entry e)
    {
        var o = new JsonObject
        {
            ["article"] = e.Id,
            ["score"] = e.Score,
            ["published"] = e.About?.Published?.ToString("O", CultureInfo.InvariantCulture),
            ["outlet"] = e.About?.Outlet,
            ["title"] = e.About?.Title,
            ["url"] = e.About?.Url,
        };
        if (e.By is not null) o["by"] = e.By;
        if (e.Claims.Count > 0)
            o["claims"] = new JsonArray([.. e.Claims.Select(c => (JsonNode)new JsonObject
            {
                ["span"] = new JsonArray(c.Span.Start, c.Span.End),
                ["otherSpan"] = new JsonArray(c.OtherSpan.Start, c.OtherSpan.End),
                ["otherText"] = c.OtherText,
                ["score"] = c.Score,
            })]);
        return o;
    }

    /// <summary>Plain text, or Markdown with <paramref name="markdown"/>: a heading per part, a line per article.</summary>
    public string ToText(bool markdown, string? articleText = null)
    {
        var sb = new StringBuilder();
        void Part(string heading, List<Entry> entries)
        {
            if (entries.Count == 0) return;
            sb.Append(markdown ? "\n## " : "\n").Append(heading).Append(markdown ? "\n\n" : ":\n");
            foreach (var e in entries)
            {
                sb.Append(markdown ? "- " : "  ").Append(Line(e)).Append('\n');
                foreach (var c in e.Claims)
                {
                    string mine = articleText is not null && c.Span.End <= articleText.Length ? articleText[c.Span.Start..c.Span.End] : $"[{c.Span}]";
                    sb.Append(markdown ? "  - this: " : "      this:  ").Append(OneLine(mine)).Append('\n');
                    sb.Append(markdown ? "  - there: " : "      there: ").Append(OneLine(c.OtherText)).Append(string.Create(CultureInfo.InvariantCulture, $" ({c.Score:0.00})")).Append('\n');
                }
            }
        }
        Part("Same claims made earlier", _sameClaims);
        Part("Cites (stored)", _cites);
        Part("Claims repeated later by", _repeatedBy);
        Part("Cited by", _citedBy);
        var writer = markdown ? (IComparisonWriter)new ComparisonMarkdownWriter() : new ComparisonTextWriter();
        foreach (var c in _comparisons)
        {
            sb.Append(markdown ? "\n## Discrepancies with " : "\nDiscrepancies with ").Append(c.Source.Id).Append(markdown ? "\n\n" : ":\n");
            var w = new StringWriter { NewLine = "\n" };
            writer.Write(w, c);
            sb.Append(w);
        }
        return sb.ToString();
    }

    /// <summary>An HTML section (all text escaped) for <c>show --format html</c>.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder("<section class=\"provenance\" aria-label=\"Provenance\"><h2>Provenance</h2>");
        void Part(string heading, List<Entry> entries)
        {
            if (entries.Count == 0) return;
            sb.Append("<h3>").Append(WebUtility.HtmlEncode(heading)).Append("</h3><ul>");
            foreach (var e in entries) sb.Append("<li>").Append(WebUtility.HtmlEncode(Line(e))).Append("</li>");
            sb.Append("</ul>");
        }
        Part("Same claims made earlier", _sameClaims);
        Part("Cites (stored)", _cites);
        Part("Claims repeated later by", _repeatedBy);
        Part("Cited by", _citedBy);
        foreach (var c in _comparisons)
        {
            sb.Append("<h3>").Append(WebUtility.HtmlEncode($"Discrepancies with {c.Source.Id}: {c.Discrepancies.Count}")).Append("</h3><ul>");
            foreach (var d in c.Discrepancies)
                sb.Append("<li><strong>").Append(WebUtility.HtmlEncode(d.Kind)).Append("</strong>: ").Append(WebUtility.HtmlEncode(d.Explanation))
                  .Append("<br>article: ").Append(WebUtility.HtmlEncode(d.ArticlePassage)).Append("<br>source: ").Append(WebUtility.HtmlEncode(d.SourcePassage)).Append("</li>");
            sb.Append("</ul>");
        }
        return sb.Append("</section>\n").ToString();
    }

    private static string Line(Entry e) => string.Create(CultureInfo.InvariantCulture,
        $"article {e.Id}: {e.About?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}, {e.About?.Outlet ?? "unknown outlet"}, {OneLine(e.About?.Title ?? "untitled")} (score {e.Score:0.00}{(e.By is { } by ? ", by " + by : "")})");

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}

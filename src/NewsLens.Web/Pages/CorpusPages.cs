using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using NewsLens.Analyzers.Lean;
using NewsLens.Web.Articles;
using NewsLens.Web.Endpoints;

namespace NewsLens.Web.Pages;

/// <summary>
/// Pages over the kept articles (in memory, or the corpus store with <c>--db</c>): <c>GET /search</c>, a form with the
/// store's filters and paged results, and <c>GET /stories</c>, each story's articles side by side (date, outlet, lean,
/// verdict, title, near-duplicates marked). Plain HTML forms and links: no script, every value HTML-encoded.
/// </summary>
public static class CorpusPages
{
    public const int StoriesPerPage = 10;

    public static IEndpointRouteBuilder MapCorpusPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", (HttpContext http, IArticleRepository repo) =>
        {
            var (search, problem) = SearchParameters.Read(http.Request.Query);
            var sb = PageFrame.Open("Search");
            AppendForm(sb, http.Request.Query);
            if (problem is not null)
                return Page(sb.Append("<p role=\"alert\">").Append(Enc(problem)).Append("</p>\n"), 400);
            if (search!.HasAny)
            {
                var hits = repo.Search(search.Query);
                sb.Append("<section aria-labelledby=\"results-h\"><h2 id=\"results-h\">Results ").Append(search.Query.Offset + (hits.Count > 0 ? 1 : 0))
                  .Append('–').Append(search.Query.Offset + hits.Count).Append("</h2>\n");
                if (hits.Count == 0) sb.Append("<p>No article matches.</p>\n");
                else AppendTable(sb, "Search results", hits, snippets: true);
                AppendPaging(sb, "/search", http.Request.Query, search.Query.Offset, search.Query.Limit, hits.Count == search.Query.Limit);
                sb.Append("</section>\n");
            }
            return Page(sb, 200);
        }).ExcludeFromDescription();

        app.MapGet("/stories", (HttpContext http, IArticleRepository repo) =>
        {
            var sb = PageFrame.Open("Stories");
            var raw = http.Request.Query["offset"].ToString();
            int offset = 0;
            if (raw.Length > 0 && (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > SearchParameters.MaxOffset))
                return Page(sb.Append("<p role=\"alert\">").Append(Enc($"'offset' must be a whole number from 0 to {SearchParameters.MaxOffset:N0}")).Append("</p>\n"), 400);
            var stories = repo.Stories(StoriesPerPage, offset);
            if (stories.Count == 0) sb.Append("<p>No stories yet.</p>\n");
            foreach (var s in stories)
            {
                string h = "story-" + Enc(s.Id);
                sb.Append("<section class=\"panel\" aria-labelledby=\"").Append(h).Append("\"><h2 id=\"").Append(h).Append("\">Story ").Append(Enc(s.Id)).Append(": ")
                  .Append(s.Articles.Count).Append(s.Articles.Count == 1 ? " article" : " articles").Append("</h2>\n");
                AppendTable(sb, $"Articles of story {s.Id}", s.Articles, snippets: false);
                sb.Append("</section>\n");
            }
            AppendPaging(sb, "/stories", http.Request.Query, offset, StoriesPerPage, stories.Count == StoriesPerPage);
            return Page(sb, 200);
        }).ExcludeFromDescription();
        return app;
    }

    private static IResult Page(StringBuilder sb, int status) =>
        Results.Content(PageFrame.Close(sb), "text/html; charset=utf-8", Encoding.UTF8, status);

    private static string Enc(string? s) => HtmlEncoder.Default.Encode(s ?? "");

    private static void AppendForm(StringBuilder sb, IQueryCollection q)
    {
        string V(string name) => Enc(q[name].ToString());
        void Text(string name, string label, string type = "text") =>
            sb.Append("<label for=\"").Append(name).Append("\">").Append(label).Append("</label><input id=\"").Append(name).Append("\" name=\"").Append(name)
              .Append("\" type=\"").Append(type).Append("\" value=\"").Append(V(name)).Append("\"").Append(type == "text" ? " maxlength=\"2000\"" : "").Append(">\n");
        void Select(string name, string label, IEnumerable<(string Value, string Text)> options)
        {
            sb.Append("<label for=\"").Append(name).Append("\">").Append(label).Append("</label><select id=\"").Append(name).Append("\" name=\"").Append(name).Append("\">");
            foreach (var (value, text) in options.Prepend(("", "any")))
                sb.Append("<option value=\"").Append(Enc(value)).Append('"').Append(string.Equals(q[name].ToString(), value, StringComparison.OrdinalIgnoreCase) ? " selected" : "")
                  .Append('>').Append(Enc(text)).Append("</option>");
            sb.Append("</select>\n");
        }
        sb.Append("<form class=\"analyze\" method=\"get\" action=\"/search\" role=\"search\">\n");
        Text("q", "Words (all of them; \"quotes\" for a phrase)");
        Text("outlet", "Outlet");
        Text("from", "Published on or after", "date");
        Text("to", "Published on or before", "date");
        Select("lean", "Lean", ArticleLean.Labels.Select(l => (l, l)));
        Select("verdict", "Verdict", [("hyperpartisan", "hyperpartisan"), ("not-hyperpartisan", "not hyperpartisan")]);
        Text("technique", "Propaganda technique (e.g. loaded_language)");
        Text("quoteBy", "Quotes someone (last or full name)");
        sb.Append("<button type=\"submit\">Search</button>\n</form>\n");
    }

    private static void AppendTable(StringBuilder sb, string caption, IReadOnlyList<ArticleRow> rows, bool snippets)
    {
        sb.Append("<table><caption class=\"hint\">").Append(Enc(caption)).Append("</caption>\n<thead><tr><th scope=\"col\">Published</th><th scope=\"col\">Outlet</th>")
          .Append("<th scope=\"col\">Lean</th><th scope=\"col\">Verdict</th><th scope=\"col\">Title</th>").Append(snippets ? "<th scope=\"col\">Extract</th>" : "<th scope=\"col\">Copy of</th>")
          .Append("</tr></thead>\n<tbody>\n");
        foreach (var a in rows)
        {
            sb.Append("<tr><td>").Append(a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated").Append("</td><td>").Append(Enc(a.Outlet ?? "unknown"))
              .Append("</td><td>").Append(Enc(a.Lean ?? "–")).Append("</td><td>")
              .Append(a.Hyperpartisan is { } p ? Enc(p.ToString("0.00", CultureInfo.InvariantCulture) + " hyperpartisan") : "–")
              .Append("</td><td><a href=\"/articles/").Append(Enc(a.Id)).Append("\">").Append(Enc(a.Title ?? "untitled article " + a.Id)).Append("</a></td><td>");
            if (snippets) sb.Append(Enc(a.Snippet));
            else if (a.NearDuplicateOf is { } first) sb.Append("<strong>near-duplicate</strong> of <a href=\"/articles/").Append(Enc(first)).Append("\">article ").Append(Enc(first)).Append("</a>");
            else sb.Append("–");
            sb.Append("</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
    }

    private static void AppendPaging(StringBuilder sb, string path, IQueryCollection q, int offset, int step, bool more)
    {
        if (offset == 0 && !more) return;
        string Href(int at) => Enc(path + QueryString.Create(q.Where(kv => kv.Key != "offset").Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("offset", at.ToString(CultureInfo.InvariantCulture)))));
        sb.Append("<nav aria-label=\"Pages\"><p class=\"byline\">");
        if (offset > 0) sb.Append("<a href=\"").Append(Href(Math.Max(0, offset - step))).Append("\" rel=\"prev\">Previous page</a>");
        if (offset > 0 && more) sb.Append(" · ");
        if (more) sb.Append("<a href=\"").Append(Href(offset + step)).Append("\" rel=\"next\">Next page</a>");
        sb.Append("</p></nav>\n");
    }
}

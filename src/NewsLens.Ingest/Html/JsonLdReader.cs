using System.Text.Json;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Reads schema.org JSON-LD straight from the page source (script text is skipped by the parser, so this is not a
/// second DOM pass). Broken JSON is ignored, never thrown.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxScripts = 20;
    private const int MaxScriptChars = 2_000_000;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdInfo Read(string html)
    {
        JsonLdInfo? info = null;
        int from = 0;
        for (int n = 0; n < MaxScripts; n++)
        {
            // why: an ordinal search is several times faster than a case-insensitive one over a 200 KB page.
            int marker = html.IndexOf("ld+json", from, StringComparison.Ordinal);
            if (marker < 0 && from == 0)
                marker = html.IndexOf("ld+json", from, StringComparison.OrdinalIgnoreCase);
            if (marker < 0)
                break;
            int open = html.IndexOf('>', marker);
            if (open < 0)
                break;
            int close = html.IndexOf("</script", open, StringComparison.Ordinal);
            if (close < 0)
                close = html.IndexOf("</script", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
                break;
            from = close;
            if (close - open > MaxScriptChars)
                continue;
            var json = html.AsMemory(open + 1, close - open - 1);
            // why: breadcrumb, organisation and search-box blocks are common and large; only article-ish ones are parsed.
            if (!MayDescribeArticle(json.Span))
                continue;
            info ??= new JsonLdInfo();
            try
            {
                using var doc = JsonDocument.Parse(json, Options);
                Visit(doc.RootElement, info, 0);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // why: sites ship hand-written JSON-LD with syntax errors; the rest of the page is still usable. A string
                // holding a lone surrogate escape ("\ud800") parses but throws InvalidOperationException when read
                // (found by afl-fuzz); the fields read before it are kept.
            }
        }
        return info ?? JsonLdInfo.None;
    }

    private static bool MayDescribeArticle(ReadOnlySpan<char> json) =>
        json.Contains("Article", StringComparison.Ordinal) || json.Contains("Posting", StringComparison.Ordinal)
        || json.Contains("WebPage", StringComparison.Ordinal) || json.Contains("Report", StringComparison.Ordinal)
        || json.Contains("Review", StringComparison.Ordinal);

    private static void Visit(JsonElement el, JsonLdInfo info, int depth)
    {
        if (depth > 8)
            return;
        if (el.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in el.EnumerateArray())
                Visit(item, info, depth + 1);
            return;
        }
        if (el.ValueKind != JsonValueKind.Object)
            return;
        if (el.TryGetProperty("@graph", out var graph))
            Visit(graph, info, depth + 1);
        var type = TypeOf(el);
        if (type is null)
            return;
        if (IsArticleType(type))
        {
            if (info.HasArticle)
                return;
            info.HasArticle = true;
            info.Type = type;
            Take(el, info, overwrite: true);
        }
        else if (type.Contains("WebPage", StringComparison.Ordinal) && !info.HasArticle)
        {
            Take(el, info, overwrite: false);
            if (el.TryGetProperty("mainEntity", out var main))
                Visit(main, info, depth + 1);
        }
    }

    private static void Take(JsonElement el, JsonLdInfo info, bool overwrite)
    {
        string? Pick(string? current, string name) => overwrite || current is null ? Str(el, name) ?? current : current;
        info.Headline = Pick(info.Headline, "headline");
        info.Published = Pick(info.Published, "datePublished") ?? info.Published ?? Str(el, "dateCreated");
        info.Modified = Pick(info.Modified, "dateModified");
        info.Section = Pick(info.Section, "articleSection");
        info.Language = Pick(info.Language, "inLanguage");
        info.Url = Pick(info.Url, "url");
        if (el.TryGetProperty("publisher", out var pub))
            info.Publisher = (overwrite ? null : info.Publisher) ?? NameOf(pub) ?? info.Publisher;
        if (el.TryGetProperty("author", out var author) || el.TryGetProperty("creator", out author))
        {
            if (overwrite)
                info.Authors.Clear();
            if (info.Authors.Count == 0)
                AddNames(author, info.Authors, 0);
        }
    }

    private static void AddNames(JsonElement el, List<string> names, int depth)
    {
        if (depth > 3)
            return;
        if (el.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in el.EnumerateArray())
                AddNames(item, names, depth + 1);
            return;
        }
        // why: Organization authors are the outlet, not a person who wrote the piece.
        if (el.ValueKind == JsonValueKind.Object && TypeOf(el) is { } t && t.Contains("Organization", StringComparison.Ordinal))
            return;
        var name = NameOf(el);
        if (!string.IsNullOrWhiteSpace(name))
            names.Add(name);
    }

    private static string? NameOf(JsonElement el) => el.ValueKind switch
    {
        JsonValueKind.String => el.GetString(),
        JsonValueKind.Object => Str(el, "name"),
        JsonValueKind.Array => el.GetArrayLength() > 0 ? NameOf(el[0]) : null,
        _ => null,
    };

    private static string? Str(JsonElement el, string name)
    {
        if (!el.TryGetProperty(name, out var v))
            return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(v.GetString()),
            JsonValueKind.Array => v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String ? NullIfBlank(v[0].GetString()) : null,
            JsonValueKind.Object => Str(v, "@id") ?? Str(v, "name"),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? TypeOf(JsonElement el)
    {
        if (!el.TryGetProperty("@type", out var t))
            return null;
        if (t.ValueKind == JsonValueKind.String)
            return t.GetString();
        if (t.ValueKind == JsonValueKind.Array)
            foreach (var item in t.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String && IsArticleType(item.GetString()!))
                    return item.GetString();
        return null;
    }

    private static bool IsArticleType(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "LiveBlogPosting" or "Report"
            or "SocialMediaPosting" or "OpinionNewsArticle" or "Review";
}

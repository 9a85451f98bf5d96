using System.Text.Json;
using NewsLens.Provenance;
using NewsLens.Store;
using NewsLens.Text;

namespace NewsLens.Cli.Store;

/// <summary>Reads what provenance needs of every stored article from its stored layers (<c>claims</c>, <c>sources</c>) and metadata links.</summary>
internal static class StoreProvenance
{
    public const string SameClaim = "same-claim";
    public const string Cites = "cites";

    /// <summary>Every stored article as provenance reads it, in id order.</summary>
    public static List<ProvenanceArticle> Read(IArticleStore store, CancellationToken ct)
    {
        var relations = Relations(store);
        var articles = new List<ProvenanceArticle>();
        foreach (var a in store.Articles().ToList())
        {
            ct.ThrowIfCancellationRequested();
            var claims = Claims(a.Text, relations.Layer(a.Id, "claims"));
            var (outlets, sourceLinks) = Sources(relations.Layer(a.Id, "sources"));
            var links = store.Input(a.Id)?.Metadata.Links.Select(l => l.Href) ?? [];
            var cited = links.Concat(sourceLinks).Select(DedupKeys.CanonicalUrl).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            articles.Add(new ProvenanceArticle(a.Id, a.Published, a.Outlet, DedupKeys.CanonicalUrl(a.Url), claims, cited, outlets));
        }
        return articles;
    }

    /// <exception cref="NotSupportedException">when the store does not record provenance.</exception>
    public static IArticleRelations Relations(IArticleStore store) =>
        store as IArticleRelations ?? throw new NotSupportedException("this store does not record provenance");

    private static List<ProvenanceClaim> Claims(string text, string? json)
    {
        var claims = new List<ProvenanceClaim>();
        if (json is null) return claims;
        using var doc = JsonDocument.Parse(json);
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (c.GetProperty("class").GetString() != "checkWorthy") continue;
            var span = c.GetProperty("span");
            int start = span[0].GetInt32(), end = span[1].GetInt32();
            // why: a layer from another text would point past it; such a claim is left out, not trusted
            if (start < 0 || end > text.Length || start >= end) continue;
            claims.Add(new ProvenanceClaim(new TextSpan(start, end), text[start..end]));
        }
        return claims;
    }

    private static (List<string> Outlets, List<string> Links) Sources(string? json)
    {
        var (outlets, links) = (new List<string>(), new List<string>());
        if (json is null) return (outlets, links);
        using var doc = JsonDocument.Parse(json);
        foreach (var s in doc.RootElement.EnumerateArray())
        {
            if (s.TryGetProperty("links", out var l))
                foreach (var href in l.EnumerateArray()) if (href.GetString() is { } h) links.Add(h);
            if (s.GetProperty("type").GetString() == "outlet" && s.GetProperty("name").GetString() is { } name) outlets.Add(name);
        }
        return (outlets, links);
    }
}

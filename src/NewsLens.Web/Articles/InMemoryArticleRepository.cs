using NewsLens.Store;

namespace NewsLens.Web.Articles;

/// <summary>
/// The articles analysed last, in memory, bounded by count (<see cref="Capacity"/>) and by approximate size
/// (<see cref="MaxBytes"/>, as <see cref="KeptSize.Of"/> accounts it): the oldest are dropped first until both hold. The
/// article added last is always kept, even alone over <see cref="MaxBytes"/>, so the address a POST answers with
/// works. Thread-safe.
/// </summary>
public sealed class InMemoryArticleRepository : IArticleRepository
{
    private sealed record Entry(StoredArticle Article, ArticleFacets Facets, string? Outlet, long Bytes);

    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _order = new();
    private readonly Lock _gate = new();
    private long _bytes;

    /// <param name="capacity">most articles kept, at least 1.</param>
    /// <param name="maxBytes">most bytes kept (approximate, see <see cref="KeptSize"/>), at least 1.</param>
    public InMemoryArticleRepository(int capacity, long maxBytes = DefaultMaxBytes)
    {
        Capacity = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "at least 1");
        MaxBytes = maxBytes >= 1 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes), "at least 1");
    }

    /// <summary>64 MB: what <c>NewsLens:Memory:MaxKeptBytes</c> is unless set.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public int Capacity { get; }
    public long MaxBytes { get; }

    /// <summary>The approximate size of the articles kept now, in bytes.</summary>
    public long KeptBytes { get { lock (_gate) return _bytes; } }

    public StoredArticle Add(StoredArticle article)
    {
        var doc = article.Result.Document;
        var entry = new Entry(article, StoredArticles.FacetsOf(doc), StoredArticles.OutletOf(doc, doc.Metadata.CanonicalUrl ?? doc.Metadata.Url), KeptSize.Of(article));
        lock (_gate)
        {
            if (_byId.Remove(article.Id, out var old)) { _order.Remove(article.Id); _bytes -= old.Bytes; }
            _byId[article.Id] = entry;
            _order.AddFirst(article.Id);
            _bytes += entry.Bytes;
            while (_order.Count > 1 && (_order.Count > Capacity || _bytes > MaxBytes))
            {
                _bytes -= _byId[_order.Last!.Value].Bytes;
                _byId.Remove(_order.Last.Value);
                _order.RemoveLast();
            }
        }
        return article;
    }

    public StoredArticle? Get(string id)
    {
        lock (_gate) return _byId.GetValueOrDefault(id)?.Article;
    }

    public IReadOnlyList<ArticleRow> Search(SearchQuery query)
    {
        var words = query.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return [.. Entries().Where(e => Matches(e, query) && words.All(w => e.Article.Title.Contains(w, StringComparison.OrdinalIgnoreCase)
            || e.Article.Result.Document.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Skip(Math.Max(0, query.Offset)).Take(Math.Max(1, query.Limit)).Select(e => ArticleRows.Of(e.Article, e.Outlet))];
    }

    public IReadOnlyList<StoryListing> Stories(int limit, int offset)
    {
        var entries = Entries();
        var outlets = entries.ToDictionary(e => e.Article.Id, e => e.Outlet, StringComparer.Ordinal);
        var newest = entries.Select((e, i) => (e.Article.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. StoryGrouper.Group([.. entries.Select(e => e.Article)])
            .OrderBy(story => story.Min(a => newest[a.Id]))
            .Skip(Math.Max(0, offset)).Take(Math.Max(0, limit))
            .Select(story => new StoryListing(story[0].Id, NearDuplicates.Mark([.. story.Select(a => ArticleRows.Of(a, outlets[a.Id]))], id => story.First(a => a.Id == id).Result.Document.Text)))];
    }

    public IReadOnlyList<ArticleRow> Latest(int limit) => [.. Entries().Take(Math.Max(0, limit)).Select(e => ArticleRows.Of(e.Article, e.Outlet))];

    public IReadOnlyList<ArticleFigures> Figures(int limit) => [.. Entries().Take(Math.Max(0, limit)).Select(e => ArticleRows.FiguresOf(e.Article, e.Outlet))];

    private List<Entry> Entries()
    {
        lock (_gate) return [.. _order.Select(id => _byId[id])];
    }

    // why: the same filters as the store's search (SearchQuery), read from the same facets the store records at ingest
    private static bool Matches(Entry e, SearchQuery q)
    {
        var published = e.Article.Result.Document.Metadata.Published;
        var f = e.Facets;
        if (q.Outlet is { } outlet && !string.Equals(e.Outlet, outlet, StringComparison.OrdinalIgnoreCase)) return false;
        if (q.From is { } from && (published is not { } p1 || p1 < from)) return false;
        if (q.To is { } to && (published is not { } p2 || p2 > to)) return false;
        if (q.Lean is { } lean && !string.Equals(f.Lean, lean, StringComparison.OrdinalIgnoreCase)) return false;
        if (q.VerdictMin is { } vmin && (f.Verdict is not { } v1 || v1 < vmin)) return false;
        if (q.VerdictMax is { } vmax && (f.Verdict is not { } v2 || v2 > vmax)) return false;
        if (q.HasClaim && f.CheckWorthyClaims == 0) return false;
        if (q.Technique is { } t && !f.Techniques.Contains(t.Trim(), StringComparer.OrdinalIgnoreCase)) return false;
        if (q.QuoteBy is { } who)
        {
            string name = string.Join(' ', who.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            // why: one word is a last name ("Finch" finds "laura finch"), as in the store
            bool found = name.Contains(' ') ? f.Speakers.Contains(name) : f.Speakers.Any(s => s.Split(' ')[^1] == name);
            if (!found) return false;
        }
        return true;
    }
}

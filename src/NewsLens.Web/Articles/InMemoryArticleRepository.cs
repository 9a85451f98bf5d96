namespace NewsLens.Web.Articles;

/// <summary>
/// The last <see cref="Capacity"/> articles analysed, in memory (the oldest is dropped first). Thread-safe.
/// </summary>
public sealed class InMemoryArticleRepository(int capacity) : IArticleRepository
{
    private readonly Dictionary<string, StoredArticle> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _order = new();
    private readonly Lock _gate = new();

    public int Capacity { get; } = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "at least 1");

    public void Add(StoredArticle article)
    {
        lock (_gate)
        {
            if (_byId.Remove(article.Id)) _order.Remove(article.Id);
            _byId[article.Id] = article;
            _order.AddFirst(article.Id);
            while (_order.Count > Capacity)
            {
                _byId.Remove(_order.Last!.Value);
                _order.RemoveLast();
            }
        }
    }

    public StoredArticle? Get(string id)
    {
        lock (_gate) return _byId.GetValueOrDefault(id);
    }

    public IReadOnlyList<StoredArticle> All()
    {
        lock (_gate) return [.. _order.Select(id => _byId[id])];
    }

    public IReadOnlyList<StoredArticle> Search(string query, int limit)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return [.. All().Where(a => words.All(w => a.Title.Contains(w, StringComparison.OrdinalIgnoreCase)
            || a.Result.Document.Text.Contains(w, StringComparison.OrdinalIgnoreCase))).Take(limit)];
    }
}

using System.Collections.Concurrent;
using NewsLens.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Web.Articles;

/// <summary>
/// Store connections for concurrent requests: an <see cref="IArticleStore"/> serves one thread at a time, so each
/// request rents one, opened on demand and kept for the next (at most <see cref="MaxIdle"/> idle). A store whose
/// operation threw is closed rather than returned, so a broken connection is not handed out again. Thread-safe.
/// </summary>
public sealed class StorePool(string db) : IDisposable
{
    public const int MaxIdle = 8;
    private readonly ConcurrentBag<IArticleStore> _idle = [];

    /// <summary>The store as messages name it (a file path, or the database with its password hidden).</summary>
    public string Name { get; } = Describe(db);

    public T Use<T>(Func<IArticleStore, T> work)
    {
        var store = _idle.TryTake(out var s) ? s : StoreFactory.Open(db, create: true);
        T result;
        try { result = work(store); }
        catch { store.Dispose(); throw; }
        if (_idle.Count < MaxIdle) _idle.Add(store);
        else store.Dispose();
        return result;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var s)) s.Dispose();
    }

    private static string Describe(string db)
    {
        using var store = StoreFactory.Open(db, create: true);
        return StoreFactory.Describe(store, db);
    }
}

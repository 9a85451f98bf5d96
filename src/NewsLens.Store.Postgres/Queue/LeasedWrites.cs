using Npgsql;

namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// The store's writes inside a leased job's fenced transaction (<see cref="JobLease.Commit"/>): they commit only
/// together with the lease check, so a holder whose lease was lost writes nothing. Valid only inside that call.
/// </summary>
public sealed class LeasedWrites
{
    private readonly PgArticleStore _store;
    private readonly NpgsqlTransaction _tx;

    internal LeasedWrites(PgArticleStore store, NpgsqlTransaction tx) => (_store, _tx) = (store, tx);

    /// <inheritdoc cref="IArticleStore.Replace"/>
    public void Replace(long id, StoredArticle analysed) => _store.Replace(id, analysed, _tx);

    /// <inheritdoc cref="IArticleStore.Link"/>
    public void Link(IReadOnlyList<ArticleLink> links) => _store.Link(links, _tx);

    /// <inheritdoc cref="IArticleStore.SetStories"/>
    public void SetStories(IReadOnlyList<(long Article, string? Story)> stories) => _store.SetStories(stories, _tx);
}

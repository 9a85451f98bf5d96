using NewsLens.Store.Postgres;

namespace NewsLens.Cli.Store;

/// <summary>
/// Where a store's fact-check index lives: beside an SQLite store, as <c>NAME.factchecks.nlidx</c> next to <c>NAME.db</c>
/// (`factchecks import --db` writes it; `ingest`, `reanalyze` and `show` read it when present). A PostgreSQL store has
/// none: its commands take the index as a file (<c>--factchecks FILE</c>).
/// </summary>
internal static class StoreFactChecks
{
    /// <summary>The index path of store <paramref name="db"/>, or null for a PostgreSQL store.</summary>
    public static string? PathFor(string db) => PgConnections.IsPostgres(db) ? null : Path.ChangeExtension(Path.GetFullPath(db), ".factchecks.nlidx");

    /// <summary>The index to match against: the one given, else the store's when it exists, else none.</summary>
    public static string? Resolve(string? given, string db) => given ?? (PathFor(db) is { } p && File.Exists(p) ? p : null);
}

using System.Data.Common;

namespace NewsLens.Store;

/// <summary>
/// One mapping from an article row to <see cref="ArticleSummary"/> for every store: the columns are selected in the
/// order of <see cref="Columns"/>; each store says only how it keeps the publication time.
/// </summary>
public static class ArticleSummaryRows
{
    /// <summary>The columns a summary reads, in order.</summary>
    public const string Columns = "id, source_id, title, text, published, outlet, url, story, pipeline, verdict, lean, claims";

    /// <summary><see cref="Columns"/> of the table aliased <c>a</c>, for joins.</summary>
    public static readonly string AliasedColumns = string.Join(", ", Columns.Split(", ").Select(c => "a." + c));

    public static ArticleSummary Read(DbDataReader r, Func<DbDataReader, int, DateTimeOffset?> published) =>
        new(r.GetInt64(0), Str(r, 1), Str(r, 2), r.GetString(3), published(r, 4), Str(r, 5), Str(r, 6), Str(r, 7),
            r.GetString(8), r.IsDBNull(9) ? null : r.GetDouble(9), Str(r, 10), r.GetInt32(11));

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}

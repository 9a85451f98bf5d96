using NewsLens.Store;
using NewsLens.Store.Sqlite;

namespace NewsLens.Tests.Store;

/// <summary>Temporary stores and hand-made stored articles for store tests.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-store-").FullName;

    public string Path => System.IO.Path.Combine(_dir, "test.db");

    public string File(string name) => System.IO.Path.Combine(_dir, name);

    public SqliteArticleStore Open() => SqliteArticleStore.Open(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>An article with one layer written by <paramref name="version"/> of a test analyzer, and the facets given.</summary>
    public static StoredArticle Article(string key, string text, string? url = null, string? title = null, string? outlet = null, DateTimeOffset? published = null,
        ArticleFacets? facets = null, string version = "1.0.0") => new()
        {
            RecordKey = key,
            Pipeline = "fast",
            SourceId = key,
            Title = title,
            Outlet = outlet,
            Published = published,
            Url = url,
            UrlKey = DedupKeys.CanonicalUrl(url),
            TextHash = DedupKeys.TextHash(text),
            Text = text,
            ReportShell = "{\"schemaVersion\":\"1.3\",\"id\":\"" + key + "\",\"metadata\":{},\"text\":\"\",\"layers\":{}}",
            Layers = [new StoredLayer("marks", 0, "test.marks", version, null, "[]")],
            Facets = facets ?? ArticleFacets.None,
        };
}

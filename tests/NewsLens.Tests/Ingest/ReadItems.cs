using NewsLens.Ingest;

namespace NewsLens.Tests.Ingest;

/// <summary>Assertion helpers over reader output.</summary>
internal static class ReadItems
{
    public static List<ArticleInput> Articles(this IEnumerable<ReadItem> items) =>
        items.Where(i => i.IsOk).Select(i => i.Article!).ToList();

    /// <summary>The failed items; files skipped as not articles are neither articles nor failures.</summary>
    public static List<ReadItem> Failures(this IEnumerable<ReadItem> items) => items.Where(i => i.Error is not null).ToList();

    public static ReadItem Single(this IEnumerable<ReadItem> items, bool ok)
    {
        var list = items.Where(i => ok ? i.IsOk : i.Error is not null).ToList();
        Assert.True(list.Count == 1, $"expected one {(ok ? "article" : "failure")}, got {list.Count}: {string.Join(" | ", list.Select(i => i.Location + " " + i.Error))}");
        return list[0];
    }
}

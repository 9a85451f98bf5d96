using NewsLens.Stories;

namespace NewsLens.Web.Articles;

/// <summary>
/// Marks each row of a story that near-duplicates an earlier one (MinHash of its text, as <c>newslens stories</c>): its
/// <see cref="ArticleRow.NearDuplicateOf"/> is the earliest published row it copies (undated rows last, then list order).
/// </summary>
public static class NearDuplicates
{
    public static IReadOnlyList<ArticleRow> Mark(IReadOnlyList<ArticleRow> rows, Func<string, string> textOf)
    {
        var index = new NearDuplicateIndex();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in rows.Select((r, i) => (r, i)).OrderBy(x => x.r.Published is null).ThenBy(x => x.r.Published ?? DateTimeOffset.MaxValue).ThenBy(x => x.i).Select(x => x.r))
        {
            if (!order.TryAdd(r.Id, order.Count)) continue;
            var found = index.Add(r.Id, MinHash.Signature(textOf(r.Id)));
            if (found.Count > 0) marks[r.Id] = found.MinBy(f => order[f.Id])!.Id;
        }
        return [.. rows.Select(r => marks.TryGetValue(r.Id, out var first) ? r with { NearDuplicateOf = first } : r)];
    }
}

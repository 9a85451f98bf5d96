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
        var marks = FirstCopies.Of(rows.Select(r => (r.Id, r.Published, MinHash.Signature(textOf(r.Id)))));
        return [.. rows.Select(r => marks.TryGetValue(r.Id, out var first) ? r with { NearDuplicateOf = first.Id } : r)];
    }
}

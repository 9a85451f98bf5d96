namespace NewsLens.Stories;

/// <summary>
/// For each item that near-duplicates an earlier one, the earliest it copies: earliest by publication time, then (for
/// equal or missing times) in the given order; undated items come after dated ones. The one rule behind every
/// near-duplicate mark (stories over files, over the store, and the web app's story lists).
/// </summary>
public static class FirstCopies
{
    /// <summary>Item id → the first copy's id and its estimated similarity; items that copy nothing are absent.</summary>
    public static Dictionary<string, NearDuplicate> Of(IEnumerable<(string Id, DateTimeOffset? Published, uint[] Signature)> items)
    {
        var index = new NearDuplicateIndex();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var marks = new Dictionary<string, NearDuplicate>(StringComparer.Ordinal);
        // why: parallel ingest stores articles in completion order, so the given order alone does not say which copy came first
        var chronological = items.Select((x, i) => (x, i))
            .OrderBy(p => p.x.Published is null)
            .ThenBy(p => p.x.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.i)
            .Select(p => p.x);
        foreach (var (id, _, signature) in chronological)
        {
            if (!order.TryAdd(id, order.Count)) continue;
            var found = index.Add(id, signature);
            if (found.Count > 0) marks[id] = found.MinBy(f => order[f.Id])!;
        }
        return marks;
    }
}

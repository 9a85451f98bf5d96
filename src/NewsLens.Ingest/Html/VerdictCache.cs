using System.Collections.Concurrent;

namespace NewsLens.Ingest.Html;

/// <summary>
/// <see cref="FurnitureNames.Classify"/> verdicts shared across pages and threads: sites repeat their class and id
/// values on every page, so a corpus run classifies each value once. Bounded (entries and key length), so a hostile
/// or endless stream of unique names costs a fixed amount of memory; past the bound values are classified uncached.
/// </summary>
internal static class VerdictCache
{
    private const int MaxEntries = 50_000;
    private const int MaxKeyChars = 256;

    private static readonly ConcurrentDictionary<string, FurnitureNames.Verdict> Cache = new();
    private static int _count;

    public static FurnitureNames.Verdict Get(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return FurnitureNames.Verdict.None;
        if (Cache.TryGetValue(value, out var v))
            return v;
        v = FurnitureNames.Classify(value);
        // why: the count is approximate under races (a few entries over the bound at most); exact counting would lock.
        if (value.Length <= MaxKeyChars && Volatile.Read(ref _count) < MaxEntries && Cache.TryAdd(value, v))
            Interlocked.Increment(ref _count);
        return v;
    }
}

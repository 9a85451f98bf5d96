namespace NewsLens.Training.Extraction;

/// <summary>The fixed split of every extraction set: a development part to tune and train on, an untouched part to check on once.</summary>
public enum SplitPart
{
    Dev,
    Untouched,
}

/// <summary>Assigns pages to parts by a hash of set and file name: 30% untouched, decided before any change, stable across runs and machines.</summary>
public static class SplitParts
{
    public const int UntouchedPercent = 30;

    public static SplitPart Of(string set, string id) => Fnv1a(set + "/" + id) % 100 < UntouchedPercent ? SplitPart.Untouched : SplitPart.Dev;

    // why: string.GetHashCode is randomised per process; FNV-1a over UTF-16 units is fixed forever.
    private static uint Fnv1a(string s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            h ^= c;
            h *= 16777619;
        }
        return h;
    }
}

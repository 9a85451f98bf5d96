using NewsLens.Lexical;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// What the token features need of one word, keyed by <see cref="FeatureHash.Word"/> (the hash every token gets anyway):
/// its <see cref="Lexicon"/> categories and valence, its cue groups and its packed word clusters, so one integer lookup
/// per token replaces three string lookups. Built once from the embedded lexicon and clusters; thread-safe.
/// </summary>
internal static class TechniqueWords
{
    internal readonly record struct WordFacts(LexiconCategory Flags, float Valence, ushort Cues, int Cluster);

    private static readonly Lazy<Dictionary<uint, WordFacts>> s_byHash = new(Build);

    public static Dictionary<uint, WordFacts> ByHash => s_byHash.Value;

    private static Dictionary<uint, WordFacts> Build()
    {
        var map = new Dictionary<uint, WordFacts>();
        WordFacts Get(uint h) => map.TryGetValue(h, out var f) ? f : default;
        // why: tokens are single words; phrases of the lexicon never match one
        foreach (var (w, v) in Lexicon.Embedded.Entries.Where(e => !e.Key.Contains(' ')).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            uint h = FeatureHash.Word(w);
            var f = Get(h);
            map[h] = f with { Flags = f.Flags | v.Categories, Valence = f.Valence != 0 ? f.Valence : v.Valence };
        }
        foreach (var (w, mask) in CueWords.All.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            uint h = FeatureHash.Word(w);
            var f = Get(h);
            map[h] = f with { Cues = (ushort)(f.Cues | mask) };
        }
        foreach (var (w, packed) in WordClusters.Default.Entries.OrderBy(e => e.Word, StringComparer.Ordinal))
        {
            uint h = FeatureHash.Word(w);
            var f = Get(h);
            if (f.Cluster == 0) map[h] = f with { Cluster = packed };
        }
        return map;
    }
}

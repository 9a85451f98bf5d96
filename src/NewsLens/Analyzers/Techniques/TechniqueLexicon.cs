using System.Globalization;
using System.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Single-word lexicon memberships and VADER valence, looked up case-insensitively without allocating.
/// Compiled at training time from ../shared/data/lexicons and BABE and stored inside the model file.
/// Immutable and thread-safe.
/// </summary>
public sealed class TechniqueLexicon
{
    private readonly Dictionary<string, (LexiconFlags Flags, float Valence)> _entries;
    private readonly Dictionary<string, (LexiconFlags Flags, float Valence)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TechniqueLexicon(IEnumerable<KeyValuePair<string, (LexiconFlags Flags, float Valence)>> entries)
    {
        _entries = new Dictionary<string, (LexiconFlags, float)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in entries)
            _entries[k] = _entries.TryGetValue(k, out var old) ? (old.Flags | v.Flags, v.Valence != 0 ? v.Valence : old.Valence) : v;
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TechniqueLexicon Empty { get; } = new([]);

    /// <summary>What the token features need of one word, found by one lookup.</summary>
    internal readonly record struct WordFacts(LexiconFlags Flags, float Valence, ushort Cues, int Cluster);

    private Dictionary<uint, WordFacts>? _byHash;

    /// <summary>
    /// Lexicon flags and valence, cue-group mask and packed word clusters, keyed by <see cref="FeatureHash.Word"/> (the
    /// hash every token gets anyway): one integer lookup per token instead of three string lookups. Built on first use.
    /// </summary>
    internal Dictionary<uint, WordFacts> ByHash => LazyInitializer.EnsureInitialized(ref _byHash, BuildByHash);

    private Dictionary<uint, WordFacts> BuildByHash()
    {
        var map = new Dictionary<uint, WordFacts>();
        WordFacts Get(uint h) => map.TryGetValue(h, out var f) ? f : default;
        foreach (var (w, v) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            uint h = FeatureHash.Word(w);
            var f = Get(h);
            map[h] = f with { Flags = f.Flags | v.Flags, Valence = f.Valence != 0 ? f.Valence : v.Valence };
        }
        foreach (var (w, mask) in CueWords.All.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            uint h = FeatureHash.Word(w);
            var f = Get(h);
            map[h] = f with { Cues = (ushort)(f.Cues | mask) };
        }
        foreach (var (w, packed) in Lexical.WordClusters.Default.Entries.OrderBy(e => e.Word, StringComparer.Ordinal))
        {
            uint h = FeatureHash.Word(w);
            var f = Get(h);
            if (f.Cluster == 0) map[h] = f with { Cluster = packed };
        }
        return map;
    }

    public int Count => _entries.Count;

    /// <summary>Flags and VADER valence (in [-4, 4], 0 when unknown) of <paramref name="word"/>.</summary>
    public (LexiconFlags Flags, float Valence) Lookup(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var v) ? v : default;

    /// <summary>Serialises as sorted lines <c>word\tflags\tvalence</c> (deterministic).</summary>
    public string Serialize()
    {
        var sb = new StringBuilder(_entries.Count * 20);
        foreach (var (k, v) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            sb.Append(k).Append('\t').Append(((uint)v.Flags).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(v.Valence.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }

    /// <exception cref="InvalidDataException">on a malformed line.</exception>
    public static TechniqueLexicon Deserialize(string text)
    {
        var list = new List<KeyValuePair<string, (LexiconFlags, float)>>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3
                || !uint.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out uint flags)
                || !float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out float valence))
                throw new InvalidDataException($"bad lexicon line '{line}'");
            list.Add(new(parts[0], ((LexiconFlags)flags, valence)));
        }
        return new TechniqueLexicon(list);
    }
}

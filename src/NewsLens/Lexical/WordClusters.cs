using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsLens.Lexical;

/// <summary>
/// Word clusters learned from unlabeled news (<c>newslens train clusters</c>): each known word (lower-cased) has a
/// cluster id at three granularities, <see cref="Coarse"/> (64 clusters), <see cref="Medium"/> (256) and
/// <see cref="Fine"/> (1024), so a feature can back off from a rare word to words used alike. Immutable and
/// thread-safe; lookups do not allocate.
/// </summary>
public sealed class WordClusters
{
    public const string FileName = "clusters.tsv.gz";
    public const string TrainCommand = "newslens train clusters";
    public const int Coarse = 0, Medium = 1, Fine = 2, Levels = 3;

    private readonly Dictionary<string, int> _byWord;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<int, int> _byHash;
    private readonly Func<ReadOnlySpan<char>, int>? _hash;

    /// <param name="entries">Word (lower-case) and its cluster ids, coarse to fine; each id in [0, 65535].</param>
    /// <param name="hash">Optional word hash under which <see cref="PackedByHash"/> finds words (a caller's own hash).</param>
    public WordClusters(IEnumerable<(string Word, int[] Ids)> entries, Func<ReadOnlySpan<char>, int>? hash = null)
    {
        _byWord = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, ids) in entries)
        {
            if (ids.Length != Levels) throw new ArgumentException($"word '{w}': expected {Levels} cluster ids");
            _byWord[w] = Pack(ids[0], ids[1], ids[2]);
        }
        _lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _hash = hash;
        _byHash = [];
        if (hash is not null)
            foreach (var (w, packed) in _byWord) _byHash.TryAdd(hash(w), packed);
    }

    public int Count => _byWord.Count;

    /// <summary>Every word with its packed ids (see <see cref="Unpack"/>), in no particular order.</summary>
    public IEnumerable<(string Word, int Packed)> Entries => _byWord.Select(kv => (kv.Key, kv.Value));

    /// <summary>Name of the embedded data file (compiled by <see cref="TrainCommand"/> into src/NewsLens/Lexical/Data).</summary>
    public const string ResourceName = "NewsLens.Lexical.Data.clusters.tsv.gz";

    private static readonly Lazy<WordClusters> s_default = new(() =>
    {
        using var s = typeof(WordClusters).Assembly.GetManifestResourceStream(ResourceName);
        if (s is null) return new WordClusters([], Analyzers.Attributions.TokenView.HashLower);
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var bytes = ms.ToArray();
        return new WordClusters(Read(new MemoryStream(bytes)), Analyzers.Attributions.TokenView.HashLower) { Sha256 = Models.ModelFile.Sha256(bytes) };
    });

    /// <summary>SHA-256 of the data file the clusters were read from (empty when not read from one).</summary>
    public string Sha256 { get; private init; } = "";

    /// <summary>The embedded clusters (empty when the build had none), indexed by the attribution tokens' word hash too.</summary>
    public static WordClusters Default => s_default.Value;

    /// <summary>Packed ids: fine in bits 0-11, medium in 12-19, coarse in 20-25, plus bit 26 set (so 0 means unknown).</summary>
    private static int Pack(int coarse, int medium, int fine) => 1 << 26 | coarse << 20 | medium << 12 | fine;

    /// <summary>Cluster id of <paramref name="lowerWord"/> at <paramref name="level"/>, or -1 when the word is unknown.</summary>
    public int Cluster(ReadOnlySpan<char> lowerWord, int level) =>
        _lookup.TryGetValue(lowerWord, out int p) ? Unpack(p, level) : -1;

    /// <summary>Packed ids (see <see cref="Unpack"/>) of the word whose hash (the constructor's function) is <paramref name="hash"/>; 0 when unknown.</summary>
    public int PackedByHash(int hash) => _byHash.TryGetValue(hash, out int p) ? p : 0;

    /// <summary>One level of packed ids; -1 for 0 (unknown).</summary>
    public static int Unpack(int packed, int level) => packed == 0 ? -1 : level switch
    {
        Coarse => packed >> 20 & 63,
        Medium => packed >> 12 & 255,
        _ => packed & 4095,
    };

    /// <summary>Writes <c>word TAB coarse TAB medium TAB fine</c> lines, gzip-compressed, in word order (deterministic).</summary>
    public static void Write(Stream stream, IEnumerable<(string Word, int[] Ids)> entries)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false));
        foreach (var (word, ids) in entries.OrderBy(e => e.Word, StringComparer.Ordinal))
            w.Write(string.Create(CultureInfo.InvariantCulture, $"{word}\t{ids[0]}\t{ids[1]}\t{ids[2]}\n"));
    }

    /// <exception cref="InvalidDataException">on a malformed line.</exception>
    public static List<(string Word, int[] Ids)> Read(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var r = new StreamReader(gz, Encoding.UTF8);
        var list = new List<(string, int[])>();
        int lineNo = 0;
        while (r.ReadLine() is { } line)
        {
            lineNo++;
            var parts = line.Split('\t');
            if (parts.Length != 4) throw new InvalidDataException($"{FileName} line {lineNo}: expected 4 fields");
            var ids = new int[3];
            for (int k = 0; k < 3; k++)
                if (!int.TryParse(parts[k + 1], NumberStyles.None, CultureInfo.InvariantCulture, out ids[k]) || ids[k] > 4095)
                    throw new InvalidDataException($"{FileName} line {lineNo}: bad cluster id '{parts[k + 1]}'");
            list.Add((parts[0], ids));
        }
        return list;
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsLens.Stories;

/// <summary>
/// How many news articles use each term and name, counted over unlabeled news (<c>newslens train story-frequencies</c>),
/// so that a word's weight in story clustering does not hang on the handful of articles being clustered: in a set of
/// three reports of one event every shared word would otherwise look common. Immutable and thread-safe.
/// </summary>
public sealed class StoryFrequencies
{
    public const string FileName = "story-frequencies.tsv.gz";
    public const string ResourceName = "NewsLens.Stories.Data.story-frequencies.tsv.gz";

    private readonly Dictionary<string, int> _terms;
    private readonly Dictionary<string, int> _entities;

    public StoryFrequencies(int documents, Dictionary<string, int> terms, Dictionary<string, int> entities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        Documents = documents;
        _terms = terms;
        _entities = entities;
    }

    /// <summary>No background: weights come from the clustered articles alone.</summary>
    public static StoryFrequencies None { get; } = new(0, [], []);

    /// <summary>Articles counted.</summary>
    public int Documents { get; }

    public int TermCount => _terms.Count;

    public int Term(string term) => _terms.GetValueOrDefault(term);

    public int Entity(string entity) => _entities.GetValueOrDefault(entity);

    private static readonly Lazy<StoryFrequencies> s_default = new(() =>
    {
        using var s = typeof(StoryFrequencies).Assembly.GetManifestResourceStream(ResourceName);
        return s is null ? None : Read(s);
    });

    /// <summary>The frequencies compiled into the library (<see cref="None"/> in a build without the data file).</summary>
    public static StoryFrequencies Default => s_default.Value;

    /// <summary>Reads the gzipped TSV written by <see cref="Write"/>: <c>#documents N</c>, then <c>t|e, key, count</c> lines.</summary>
    public static StoryFrequencies Read(Stream gz)
    {
        using var reader = new StreamReader(new GZipStream(gz, CompressionMode.Decompress), Encoding.UTF8);
        int documents = 0;
        Dictionary<string, int> terms = new(StringComparer.Ordinal), entities = new(StringComparer.Ordinal);
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            var f = line.Split('\t');
            if (f.Length != 3 || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                throw new InvalidDataException($"{FileName} line {lineNo}: expected 'kind<TAB>key<TAB>count'");
            switch (f[0])
            {
                case "#documents": documents = n; break;
                case "t": terms[f[1]] = n; break;
                case "e": entities[f[1]] = n; break;
                default: throw new InvalidDataException($"{FileName} line {lineNo}: unknown kind '{f[0]}'");
            }
        }
        return new StoryFrequencies(documents, terms, entities);
    }

    /// <summary>Writes the frequencies, sorted, so the same counts give the same bytes.</summary>
    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine($"#documents\t\t{Documents.ToString(CultureInfo.InvariantCulture)}");
        foreach (var (k, n) in _terms.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"t\t{k}\t{n.ToString(CultureInfo.InvariantCulture)}");
        foreach (var (k, n) in _entities.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"e\t{k}\t{n.ToString(CultureInfo.InvariantCulture)}");
    }
}

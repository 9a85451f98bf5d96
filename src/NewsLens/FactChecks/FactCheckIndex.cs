using System.Text;

namespace NewsLens.FactChecks;

/// <summary>
/// A self-contained index of verified claims (<c>.nlidx</c>): the claims with verdicts and links, their BM25 postings
/// and, optionally, their int8 sentence vectors. Built by <c>newslens factchecks import</c>; immutable and thread-safe.
/// </summary>
public sealed class FactCheckIndex : IFactCheckIndex
{
    private const uint Magic = 0x4346_4C4E; // "NLFC"
    private const int FormatVersion = 1;

    /// <summary>Most claims one index file may hold.</summary>
    public const int MaxClaims = 20_000_000;

    private readonly VerifiedClaim[] _claims;

    private FactCheckIndex(VerifiedClaim[] claims, Bm25Index lexical, QuantizedVectors? claimVectors, QuantizedVectors? titleVectors, string? encoderKey)
    {
        _claims = claims;
        Lexical = lexical;
        ClaimVectors = claimVectors;
        TitleVectors = titleVectors;
        EncoderKey = encoderKey;
    }

    public int Count => _claims.Length;
    public Bm25Index Lexical { get; }
    public QuantizedVectors? ClaimVectors { get; }
    public QuantizedVectors? TitleVectors { get; }
    public string? EncoderKey { get; }

    public VerifiedClaim Claim(int row) => _claims[row];

    /// <summary>The text BM25 indexes for a claim: its text and its title.</summary>
    public static string IndexedText(VerifiedClaim claim) => claim.Title is { } t ? claim.Text + " " + t : claim.Text;

    /// <summary>
    /// Indexes <paramref name="claims"/> (ids must be unique). <paramref name="encoder"/> (texts → unit vectors, with
    /// its key) adds vectors of every claim text and title; null builds a lexical-only index.
    /// </summary>
    /// <exception cref="ArgumentException">when two claims share an id.</exception>
    public static FactCheckIndex Build(IReadOnlyList<VerifiedClaim> claims, IClaimEncoder? encoder = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in claims)
            if (!seen.Add(c.Id)) throw new ArgumentException($"two claims have the id '{c.Id}'", nameof(claims));
        var lexical = Bm25Index.Build([.. claims.Select(c => (IReadOnlyList<string>)MatchText.Terms(IndexedText(c)))]);
        if (encoder is null) return new FactCheckIndex([.. claims], lexical, null, null, null);
        // why: encoding is nearly all of an import's time; each distinct text (a claim, a title, a claim repeated as
        // another review's headline) is encoded once, claims and titles in one call so the encoder batches them together
        var unique = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var text in claims.SelectMany(c => c.Title is { } t ? new[] { c.Text, t } : [c.Text]))
            if (unique.TryAdd(text, texts.Count)) texts.Add(text);
        var rows = encoder.Encode(texts, cancellationToken);
        var claimVectors = claims.Select(c => rows[unique[c.Text]]).ToArray();
        var zero = new float[encoder.Dimension];
        var titleVectors = claims.Select(c => c.Title is { } t ? rows[unique[t]] : zero).ToArray();
        return new FactCheckIndex([.. claims], lexical, QuantizedVectors.FromRows(claimVectors, encoder.Dimension),
            QuantizedVectors.FromRows(titleVectors, encoder.Dimension), encoder.Key);
    }

    public void Write(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string tmp = path + "." + Environment.ProcessId + ".tmp";
        using (var w = new BinaryWriter(File.Create(tmp), Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(EncoderKey ?? "");
            w.Write(_claims.Length);
            foreach (var c in _claims)
            {
                w.Write(c.Id);
                w.Write(c.Text);
                foreach (var field in new[] { c.Title, c.Verdict, c.Url, c.Publisher, c.Published }) w.Write(field ?? "\0");
            }
            Lexical.Write(w);
            w.Write(ClaimVectors is not null);
            ClaimVectors?.Write(w);
            TitleVectors?.Write(w);
        }
        // why: a reader never sees a half-written index
        File.Move(tmp, path, overwrite: true);
    }

    /// <exception cref="InvalidDataException">naming the file and the problem (not an index, another format version, truncated).</exception>
    public static FactCheckIndex Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
        try
        {
            if (r.BaseStream.Length < 4 || r.ReadUInt32() != Magic) throw new InvalidDataException("not a NewsLens fact-check index (bad magic number); build one with `newslens factchecks import`");
            int version = r.ReadInt32();
            if (version != FormatVersion) throw new InvalidDataException($"index format {version}, this build reads {FormatVersion}; rebuild it with `newslens factchecks import`");
            string key = r.ReadString();
            int n = r.ReadInt32();
            if (n < 0 || n > MaxClaims) throw new InvalidDataException($"claim count {n} is out of bounds");
            var claims = new VerifiedClaim[n];
            for (int i = 0; i < n; i++)
            {
                string id = r.ReadString(), text = r.ReadString();
                var f = new string?[5];
                for (int k = 0; k < f.Length; k++) f[k] = r.ReadString() is var s && s == "\0" ? null : s;
                claims[i] = new VerifiedClaim(id, text, f[0], f[1], f[2], f[3], f[4]);
            }
            var lexical = Bm25Index.Read(r, n);
            if (lexical.Count != n) throw new InvalidDataException($"BM25 covers {lexical.Count} documents for {n} claims");
            QuantizedVectors? cv = null, tv = null;
            if (r.ReadBoolean())
            {
                cv = QuantizedVectors.Read(r, n);
                tv = QuantizedVectors.Read(r, n);
            }
            return new FactCheckIndex(claims, lexical, cv, tv, key.Length == 0 ? null : key);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"{path}: the index is truncated; rebuild it with `newslens factchecks import`", ex);
        }
    }
}

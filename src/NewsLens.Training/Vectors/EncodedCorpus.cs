using System.Security.Cryptography;
using System.Text;
using NewsLens.Encoders;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Training.Vectors;

/// <summary>
/// Encoder vectors of training documents, computed once and kept in a disk cache keyed by the encoder's SHA-256 and
/// the document text (a cross-validation run then encodes nothing twice). The cache holds exact float32 values, so a
/// model trained from it sees what the pipeline computes. Thread-safe for distinct documents.
/// </summary>
public sealed class EncodedCorpus(TransformerEncoder encoder, string? cacheDirectory)
{
    private const uint Magic = 0x31564C4E; // "NLV1"

    /// <summary>The default cache folder: <c>$XDG_CACHE_HOME/newslens/vectors</c> or <c>~/.cache/newslens/vectors</c>.</summary>
    public static string DefaultCacheDirectory =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } x ? x
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "newslens", "vectors");

    public EncoderIdentity Identity { get; } = encoder.Identity;

    /// <summary>Token and sentence vectors of <paramref name="doc"/>, from the cache when present.</summary>
    public (VectorTable Tokens, VectorTable Sentences) Vectors(Document doc)
    {
        string? path = cacheDirectory is null ? null : Path.Combine(cacheDirectory, Folder(), Key(doc) + ".bin");
        if (path is not null && TryRead(path, doc, out var cached)) return cached;
        var e = encoder.Encode(doc);
        var result = (e.TokenTable(Identity), e.SentenceTable(Identity));
        if (path is not null) Write(path, doc, e);
        return result;
    }

    /// <summary>
    /// One unit vector per text, each text encoded alone (<see cref="TransformerEncoder.EncodeTexts"/>), in order. The
    /// texts are encoded in chunks of <paramref name="chunk"/>, each cached as one file keyed by its texts, so a run that
    /// stops resumes at the last whole chunk; <paramref name="progress"/> hears of every chunk that had to be encoded.
    /// </summary>
    public float[][] TextVectors(IReadOnlyList<string> texts, Action<int, int>? progress = null, int chunk = 512)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        for (int at = 0; at < texts.Count; at += chunk)
        {
            var part = texts.Skip(at).Take(chunk).ToArray();
            string? path = cacheDirectory is null ? null : Path.Combine(cacheDirectory, Folder(), "texts-" + Key(string.Join('\u0001', part)) + ".bin");
            if (path is null || !TryReadRows(path, part.Length, out var rows))
            {
                rows = encoder.EncodeTexts(part);
                if (path is not null) WriteRows(path, rows);
                progress?.Invoke(at + part.Length, texts.Count);
            }
            rows.CopyTo(result, at);
        }
        return result;
    }

    // why: vectors depend on the exact weights and on the windowing, so both name the cache folder
    private string Folder() =>
        (Identity.OverridesSha256 is { } o ? Identity.Sha256[..12] + "+" + o[..12] : Identity.Sha256[..16]) + $"-w{encoder.Options.WindowPieces}s{encoder.Options.Stride}";

    private static bool TryReadRows(string path, int count, out float[][] rows)
    {
        rows = [];
        if (!File.Exists(path)) return false;
        try
        {
            using var r = new BinaryReader(File.OpenRead(path));
            if (r.ReadUInt32() != Magic) return false;
            int dim = r.ReadInt32();
            if (dim < 1 || r.ReadInt32() != count) return false;
            rows = new float[count][];
            for (int i = 0; i < count; i++) rows[i] = ReadFloats(r, dim);
            return true;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException)
        {
            return false;
        }
    }

    private static void WriteRows(string path, float[][] rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string tmp = path + "." + Environment.ProcessId + ".tmp";
        using (var w = new BinaryWriter(File.Create(tmp)))
        {
            w.Write(Magic);
            w.Write(rows.Length == 0 ? 1 : rows[0].Length);
            w.Write(rows.Length);
            foreach (var row in rows) foreach (var v in row) w.Write(v);
        }
        File.Move(tmp, path, overwrite: true);
    }

    private static string Key(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    private static string Key(Document doc) => Key(doc.Text);

    private bool TryRead(string path, Document doc, out (VectorTable, VectorTable) tables)
    {
        tables = default;
        if (!File.Exists(path)) return false;
        try
        {
            using var r = new BinaryReader(File.OpenRead(path));
            if (r.ReadUInt32() != Magic) return false;
            int dim = r.ReadInt32(), tokens = r.ReadInt32(), sentences = r.ReadInt32();
            if (tokens != doc.Tokens.Count || sentences != doc.Sentences.Count || dim < 1) return false;
            tables = (new VectorTable(ReadFloats(r, tokens * dim), dim, Identity), new VectorTable(ReadFloats(r, sentences * dim), dim, Identity));
            return true;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException)
        {
            return false; // why: a torn cache file is recomputed, never trusted
        }
    }

    private static float[] ReadFloats(BinaryReader r, int count)
    {
        var values = new float[count];
        var bytes = r.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float)) throw new EndOfStreamException();
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static void Write(string path, Document doc, DocumentEncoding e)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string tmp = path + "." + Environment.ProcessId + ".tmp";
        using (var w = new BinaryWriter(File.Create(tmp)))
        {
            w.Write(Magic);
            w.Write(e.Dimension);
            w.Write(doc.Tokens.Count);
            w.Write(doc.Sentences.Count);
            for (int i = 0; i < e.TokenCount; i++) foreach (var v in e.TokenVector(i)) w.Write(v);
            for (int i = 0; i < e.SentenceCount; i++) foreach (var v in e.SentenceVector(i)) w.Write(v);
        }
        File.Move(tmp, path, overwrite: true);
    }
}

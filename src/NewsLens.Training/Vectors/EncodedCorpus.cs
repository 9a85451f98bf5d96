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
        string? path = cacheDirectory is null ? null : Path.Combine(cacheDirectory,
            (Identity.OverridesSha256 is { } o ? Identity.Sha256[..12] + "+" + o[..12] : Identity.Sha256[..16]) + $"-w{encoder.Options.WindowPieces}s{encoder.Options.Stride}",
            Key(doc) + ".bin");
        if (path is not null && TryRead(path, doc, out var cached)) return cached;
        var e = encoder.Encode(doc);
        var result = (e.TokenTable(Identity), e.SentenceTable(Identity));
        if (path is not null) Write(path, doc, e);
        return result;
    }

    private static string Key(Document doc) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(doc.Text)))[..32];

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

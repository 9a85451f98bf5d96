using System.Security.Cryptography;

namespace NewsLens.Learning;

/// <summary>
/// Reads and writes model files: a magic header, a format version and float32 arrays, all little-endian.
/// Gives each file's SHA-256, which reports record next to the analyzer that loaded it.
/// </summary>
public static class ModelFile
{
    private const uint Magic = 0x4C4E4C4D; // "MLNL"

    public static void Write(Stream stream, string kind, int version, IReadOnlyDictionary<string, string> header, IReadOnlyList<float[]> arrays)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(kind);
        w.Write(version);
        w.Write(header.Count);
        foreach (var (k, v) in header.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
        w.Write(arrays.Count);
        foreach (var a in arrays)
        {
            w.Write(a.Length);
            foreach (var f in a) w.Write(f);
        }
    }

    /// <exception cref="InvalidDataException">when the stream is not a model file of <paramref name="expectedKind"/>.</exception>
    public static (int Version, Dictionary<string, string> Header, List<float[]> Arrays) Read(Stream stream, string expectedKind)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a NewsLens model file (bad magic number)");
            string kind = r.ReadString();
            if (kind != expectedKind) throw new InvalidDataException($"model file holds a '{kind}' model, expected '{expectedKind}'");
            int version = r.ReadInt32();
            int hc = r.ReadInt32();
            if (hc is < 0 or > 10_000) throw new InvalidDataException("corrupt model header");
            var header = new Dictionary<string, string>(hc);
            for (int i = 0; i < hc; i++) header[r.ReadString()] = r.ReadString();
            int ac = r.ReadInt32();
            if (ac is < 0 or > 10_000) throw new InvalidDataException("corrupt model array count");
            var arrays = new List<float[]>(ac);
            for (int i = 0; i < ac; i++)
            {
                int len = r.ReadInt32();
                if (len < 0 || len > 1 << 28) throw new InvalidDataException("corrupt model array length");
                var bytes = r.ReadBytes(len * 4);
                if (bytes.Length != len * 4) throw new InvalidDataException("model file is truncated");
                var a = new float[len];
                Buffer.BlockCopy(bytes, 0, a, 0, bytes.Length);
                arrays.Add(a);
            }
            return (version, header, arrays);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("model file is truncated", ex);
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace NewsLens.Models;

/// <summary>
/// The one model-file format: a magic number, the kind and its format version, then named texts, facts, dependencies,
/// scalars (float64) and arrays (float32), each section ordered by name, all little-endian. Reading checks the kind, the
/// version, every name the <see cref="ModelSpec"/> requires and the dependencies, and records the file's SHA-256, which
/// reports print beside the analyzer. Writing the same content gives the same bytes.
/// </summary>
public static class ModelFile
{
    private const uint Magic = 0x324D4C4E; // "NLM2"
    private const uint OldMagic = 0x4C4E4C4D; // the positional format NewsLens wrote before
    private const int MaxEntries = 100_000;

    /// <summary>Writes <paramref name="content"/> as a model of <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">when the content lacks a name the spec requires.</exception>
    public static void Write(Stream stream, ModelSpec spec, ModelContent content)
    {
        RequireNames(spec, content, n => new ArgumentException($"{spec.FileName}: {n} is missing from the content to write"));
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(spec.Kind);
        w.Write(spec.Version);
        WriteSection(w, content.Texts, (x, v) => x.Write(v));
        WriteSection(w, content.Facts, (x, v) => x.Write(v));
        WriteSection(w, content.TrainedWith, (x, v) => x.Write(v));
        WriteSection(w, content.Scalars, (x, v) => x.Write(v));
        WriteSection(w, content.Arrays, (x, a) =>
        {
            x.Write(a.Length);
            x.Write(MemoryMarshal.AsBytes(a.AsSpan()));
        });
    }

    /// <summary>Writes to a file, creating its folder.</summary>
    public static void Write(string path, ModelSpec spec, ModelContent content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var f = File.Create(path);
        Write(f, spec, content);
    }

    /// <summary>Reads a model of <paramref name="spec"/> and checks it against this build.</summary>
    /// <exception cref="InvalidDataException">naming the file and the problem (wrong kind or version, a missing name,
    /// other word clusters, truncation), with the command that retrains it.</exception>
    public static ModelContent Read(Stream stream, ModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.ToArray(), spec);
    }

    /// <summary>Reads a model file from <paramref name="path"/>.</summary>
    public static ModelContent Read(string path, ModelSpec spec) => Read(File.ReadAllBytes(path), spec);

    private static ModelContent Read(byte[] bytes, ModelSpec spec)
    {
        var content = Parse(bytes, spec);
        content.Sha256 = Sha256(bytes);
        RequireNames(spec, content, n => Invalid(spec, $"{n} is missing"));
        ModelDependencies.Check(content, spec);
        return content;
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static ModelContent Parse(byte[] bytes, ModelSpec spec)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        try
        {
            uint magic = bytes.Length >= 4 ? r.ReadUInt32() : 0;
            if (magic == OldMagic) throw Invalid(spec, "is in the older positional format");
            if (magic != Magic) throw Invalid(spec, "is not a NewsLens model file (bad magic number)");
            string kind = r.ReadString();
            if (kind != spec.Kind) throw Invalid(spec, $"holds a '{kind}' model, expected '{spec.Kind}'");
            int version = r.ReadInt32();
            if (version != spec.Version) throw Invalid(spec, $"is format {version}, this build reads {spec.Version}");
            var content = new ModelContent { Spec = spec };
            ReadSection(r, spec, content.Texts, x => x.ReadString());
            ReadSection(r, spec, content.Facts, x => x.ReadString());
            ReadSection(r, spec, content.TrainedWith, x => x.ReadString());
            ReadSection(r, spec, content.Scalars, x => x.ReadDouble());
            ReadSection(r, spec, content.Arrays, x =>
            {
                int len = x.ReadInt32();
                if (len < 0 || len > (x.BaseStream.Length - x.BaseStream.Position) / 4) throw Invalid(spec, "is truncated or corrupt (array length)");
                var a = new float[len];
                x.BaseStream.ReadExactly(MemoryMarshal.AsBytes(a.AsSpan()));
                return a;
            });
            return content;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"{spec.FileName} is truncated; retrain it with `{spec.TrainCommand}`", ex);
        }
    }

    private static void WriteSection<T>(BinaryWriter w, Dictionary<string, T> section, Action<BinaryWriter, T> write)
    {
        w.Write(section.Count);
        foreach (var (name, value) in section.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(name);
            write(w, value);
        }
    }

    private static void ReadSection<T>(BinaryReader r, ModelSpec spec, Dictionary<string, T> section, Func<BinaryReader, T> read)
    {
        int n = r.ReadInt32();
        if (n is < 0 or > MaxEntries) throw Invalid(spec, "is corrupt (entry count)");
        for (int i = 0; i < n; i++)
        {
            string name = r.ReadString();
            section[name] = read(r);
        }
    }

    private static void RequireNames(ModelSpec spec, ModelContent c, Func<string, Exception> fail)
    {
        foreach (var n in spec.Arrays) if (!c.Arrays.ContainsKey(n)) throw fail($"array '{n}'");
        foreach (var n in spec.Scalars) if (!c.Scalars.ContainsKey(n)) throw fail($"scalar '{n}'");
        foreach (var n in spec.Texts) if (!c.Texts.ContainsKey(n)) throw fail($"text '{n}'");
    }

    private static InvalidDataException Invalid(ModelSpec spec, string problem) =>
        new($"{spec.FileName} {problem}; retrain it with `{spec.TrainCommand}`");
}

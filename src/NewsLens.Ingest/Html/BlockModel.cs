using System.Text;

namespace NewsLens.Ingest.Html;

/// <summary>
/// The block classifier's model: gradient-boosted trees over <see cref="BlockFeatures"/>, plus two margin thresholds:
/// one a block the structural rules kept must fall below to be dropped, one a block they left must reach to be added.
/// Plain data, immutable after load, safe to share. Splits name their feature (the file lists the names it uses), so a
/// file from a build whose features differ is refused at load, never read with shifted columns. File layout
/// (little-endian): magic <c>NLXB</c>, schema version, drop and add thresholds, base margin, depth, tree count, feature-name count
/// and names, then per tree its split nodes (name index, threshold) and its leaf values.
/// </summary>
internal sealed class BlockModel
{
    public const int SchemaVersion = 2;
    public const string ResourceName = "NewsLens.Ingest.Html.Data.extraction.blocks.bin";
    private static readonly Lazy<BlockModel?> EmbeddedLazy = new(LoadEmbedded);
    private readonly int _inner, _leaves;

    /// <param name="features">per tree, <c>2^depth - 1</c> split features (indices in <see cref="BlockFeatures.Names"/>), breadth-first</param>
    /// <param name="thresholds">the split values: a row goes left when its value is at most this</param>
    /// <param name="leaves">per tree, <c>2^depth</c> leaf margins</param>
    public BlockModel(int depth, float baseMargin, int[] features, float[] thresholds, float[] leaves, float dropBelow = 0, float addFrom = 0)
    {
        _inner = (1 << depth) - 1;
        _leaves = 1 << depth;
        if (features.Length != thresholds.Length || features.Length % _inner != 0 || leaves.Length != features.Length / _inner * _leaves)
            throw new ArgumentException("block model: split and leaf arrays do not describe whole trees of the given depth");
        if (features.Any(f => f < 0 || f >= BlockFeatures.Width))
            throw new ArgumentException("block model: a split names a feature out of range");
        Depth = depth;
        Base = baseMargin;
        Features = features;
        Thresholds = thresholds;
        Leaves = leaves;
        DropBelow = dropBelow;
        AddFrom = addFrom;
    }

    public int Depth { get; }
    public float Base { get; }
    public int[] Features { get; }
    public float[] Thresholds { get; }
    public float[] Leaves { get; }
    public int Trees => Features.Length / _inner;

    /// <summary>A block the rules kept is dropped when its margin (a logit: 0 is probability 0.5) is below this.</summary>
    public float DropBelow { get; }

    /// <summary>A block the rules left out is added when its margin is at least this.</summary>
    public float AddFrom { get; }

    /// <summary>Whether a block with this margin is article text, given the rules' choice.</summary>
    public bool Keeps(float margin, bool ruleKept) => ruleKept ? margin >= DropBelow : margin >= AddFrom;

    /// <summary>The model embedded in this assembly, or null when the build holds none.</summary>
    public static BlockModel? Embedded => EmbeddedLazy.Value;

    public BlockModel WithThresholds(float dropBelow, float addFrom) => new(Depth, Base, Features, Thresholds, Leaves, dropBelow, addFrom);

    /// <summary>The log-odds that the block of this feature row is article text.</summary>
    public float Margin(ReadOnlySpan<float> row)
    {
        float m = Base;
        for (int t = 0, trees = Trees; t < trees; t++)
        {
            int node = 0, at = t * _inner;
            while (node < _inner)
                node = row[Features[at + node]] <= Thresholds[at + node] ? 2 * node + 1 : 2 * node + 2;
            m += Leaves[t * _leaves + node - _inner];
        }
        return m;
    }

    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write("NLXB"u8);
        w.Write(SchemaVersion);
        w.Write(DropBelow);
        w.Write(AddFrom);
        w.Write(Base);
        w.Write(Depth);
        w.Write(Trees);
        w.Write(BlockFeatures.Width);
        foreach (var name in BlockFeatures.Names)
            w.Write(name);
        for (int t = 0; t < Trees; t++)
        {
            for (int i = 0; i < _inner; i++)
            {
                w.Write((ushort)Features[t * _inner + i]);
                w.Write(Thresholds[t * _inner + i]);
            }
            for (int l = 0; l < _leaves; l++)
                w.Write(Leaves[t * _leaves + l]);
        }
    }

    /// <summary>Reads a model; a split on a feature this build does not compute is refused, naming it.</summary>
    public static BlockModel Load(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!r.ReadBytes(4).AsSpan().SequenceEqual("NLXB"u8))
            throw new InvalidDataException("block model: not an NLXB file");
        int version = r.ReadInt32();
        if (version != SchemaVersion)
            throw new InvalidDataException($"block model: schema version {version}, this build reads {SchemaVersion}");
        float dropBelow = r.ReadSingle(), addFrom = r.ReadSingle(), baseMargin = r.ReadSingle();
        int depth = r.ReadInt32(), trees = r.ReadInt32(), names = r.ReadInt32();
        if (depth is < 1 or > 12 || trees is < 0 or > 100_000 || names is < 0 or > 100_000)
            throw new InvalidDataException($"block model: implausible header (depth {depth}, {trees} trees, {names} names)");
        var fileNames = new string[names];
        for (int i = 0; i < names; i++)
            fileNames[i] = r.ReadString();
        int inner = (1 << depth) - 1, leaves = 1 << depth;
        var features = new int[trees * inner];
        var thresholds = new float[trees * inner];
        var leafValues = new float[trees * leaves];
        for (int t = 0; t < trees; t++)
        {
            for (int i = 0; i < inner; i++)
            {
                int fileIndex = r.ReadUInt16();
                if (fileIndex >= names)
                    throw new InvalidDataException($"block model: tree {t} names feature #{fileIndex} of {names}");
                int index = Array.IndexOf(BlockFeatures.Names, fileNames[fileIndex]);
                if (index < 0)
                    throw new InvalidDataException($"block model: unknown feature '{fileNames[fileIndex]}'");
                features[t * inner + i] = index;
                thresholds[t * inner + i] = r.ReadSingle();
            }
            for (int l = 0; l < leaves; l++)
                leafValues[t * leaves + l] = r.ReadSingle();
        }
        return new BlockModel(depth, baseMargin, features, thresholds, leafValues, dropBelow, addFrom);
    }

    private static BlockModel? LoadEmbedded()
    {
        using var stream = typeof(BlockModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}

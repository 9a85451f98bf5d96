namespace NewsLens.Vectors;

/// <summary>
/// Rows of equal-width float vectors in one flat array, row <c>i</c> belonging to item <c>i</c> of a document layer
/// (token <c>i</c>, sentence <c>i</c>). Immutable; <see cref="Source"/> names the encoder that computed them.
/// </summary>
public sealed class VectorTable
{
    private readonly float[] _values;

    /// <param name="values">row-major values; the array is owned by the table from now on.</param>
    /// <param name="dimension">width of every row.</param>
    /// <param name="source">the encoder that computed the rows.</param>
    public VectorTable(float[] values, int dimension, EncoderIdentity source)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (values.Length % dimension != 0)
            throw new ArgumentException($"{values.Length} values are not whole rows of {dimension}", nameof(values));
        _values = values;
        Dimension = dimension;
        Source = source;
    }

    /// <summary>A table of <paramref name="rows"/>, copied, each of <paramref name="dimension"/> values.</summary>
    public static VectorTable FromRows(IReadOnlyList<float[]> rows, int dimension, EncoderIdentity source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = new float[rows.Count * dimension];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != dimension) throw new ArgumentException($"row {i} has {rows[i].Length} values, not {dimension}", nameof(rows));
            rows[i].CopyTo(values, i * dimension);
        }
        return new VectorTable(values, dimension, source);
    }

    public int Dimension { get; }
    public int Count => _values.Length / Dimension;

    /// <summary>
    /// Rows, from the first, that hold computed vectors; the rest are zeros because the encoder stopped at its cap
    /// (see the report's warning). Equals <see cref="Count"/> unless the encoder was cut short.
    /// </summary>
    public int ComputedRows
    {
        get => _computedRows ?? Count;
        init => _computedRows = Math.Clamp(value, 0, Count);
    }

    private readonly int? _computedRows;
    public EncoderIdentity Source { get; }

    /// <summary>Row <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _values.AsSpan(index * Dimension, Dimension);
        }
    }

    /// <summary>Adds the mean of rows <c>[start, end)</c> into <paramref name="target"/> (width <see cref="Dimension"/>); nothing for an empty range.</summary>
    public void AddMean(int start, int end, Span<float> target)
    {
        if (target.Length != Dimension) throw new ArgumentException($"target has {target.Length} values, not {Dimension}", nameof(target));
        if (end <= start) return;
        float inv = 1f / (end - start);
        for (int r = start; r < end; r++)
        {
            var row = this[r];
            for (int k = 0; k < row.Length; k++) target[k] += row[k] * inv;
        }
    }
}

/// <summary>
/// Which encoder computed a layer's vectors: its name, the SHA-256 of its base model, and the SHA-256 of the fine-tuned
/// weight overrides applied to it (null: the pretrained weights as shipped).
/// </summary>
public sealed record EncoderIdentity(string Name, string Sha256, string? OverridesSha256 = null)
{
    /// <summary>One string naming the exact weights: what a head trained on these vectors records and checks.</summary>
    public string Key => OverridesSha256 is null ? Sha256 : Sha256 + "+" + OverridesSha256;
}

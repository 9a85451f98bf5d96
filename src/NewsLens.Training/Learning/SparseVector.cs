namespace NewsLens.Training.Learning;

/// <summary>A sparse feature vector under construction: (index, value) pairs, duplicates summed on <see cref="Compact"/>.</summary>
public sealed class SparseVector
{
    private readonly List<int> _idx = new(64);
    private readonly List<float> _val = new(64);

    public int Count => _idx.Count;
    public int IndexAt(int i) => _idx[i];
    public float ValueAt(int i) => _val[i];

    public void Add(int index, float value = 1f)
    {
        _idx.Add(index);
        _val.Add(value);
    }

    public void Clear()
    {
        _idx.Clear();
        _val.Clear();
    }

    /// <summary>Returns a compact, sorted, de-duplicated copy suitable for storing in a training set.</summary>
    public (int[] Indices, float[] Values) Compact()
    {
        var map = new SortedDictionary<int, float>();
        for (int i = 0; i < _idx.Count; i++)
            map[_idx[i]] = map.TryGetValue(_idx[i], out var v) ? v + _val[i] : _val[i];
        return ([.. map.Keys], [.. map.Values]);
    }
}

namespace NewsLens.Stories;

/// <summary>A story being built: the sum of its members' term and vector weights, its entities and its dates.</summary>
internal sealed class StoryCluster(int id)
{
    public int Id { get; } = id;
    public List<int> Members { get; } = [];
    public Dictionary<string, double> Centroid { get; } = new(StringComparer.Ordinal);
    public double CentroidNormSquared { get; private set; }
    public Dictionary<string, int> Entities { get; } = new(StringComparer.Ordinal);
    public float[]? VectorSum { get; private set; }
    public int VectorCount { get; private set; }
    public DateTimeOffset? First { get; private set; }
    public DateTimeOffset? Last { get; private set; }

    public double Cosine(StoryProfile p)
    {
        if (CentroidNormSquared <= 0) return 0;
        return Dot(p) / Math.Sqrt(CentroidNormSquared);
    }

    private double Dot(StoryProfile p)
    {
        double dot = 0;
        foreach (var (term, w) in p.Weights)
            if (Centroid.TryGetValue(term, out var c)) dot += w * c;
        return dot;
    }

    /// <summary>Mean cosine of the article's vector with the members' (all unit length); null when either side has none.</summary>
    public double? VectorCosine(StoryProfile p)
    {
        if (p.Vector is null || VectorSum is null || p.Vector.Length != VectorSum.Length || VectorCount == 0) return null;
        double dot = 0;
        for (int i = 0; i < VectorSum.Length; i++) dot += p.Vector[i] * (double)VectorSum[i];
        return dot / VectorCount;
    }

    public bool Within(DateTimeOffset? date, double windowDays)
    {
        if (date is null || Last is null) return true;
        return (date.Value - Last.Value).TotalDays <= windowDays && (First!.Value - date.Value).TotalDays <= windowDays;
    }

    public void Add(StoryProfile p)
    {
        double dot = Dot(p);
        CentroidNormSquared += 2 * dot + p.Weights.Values.Sum(w => w * w);
        foreach (var (term, w) in p.Weights) Centroid[term] = Centroid.GetValueOrDefault(term) + w;
        foreach (var e in p.Entities) Entities[e] = Entities.GetValueOrDefault(e) + 1;
        if (p.Vector is not null)
        {
            VectorSum ??= new float[p.Vector.Length];
            if (VectorSum.Length == p.Vector.Length)
            {
                for (int i = 0; i < VectorSum.Length; i++) VectorSum[i] += p.Vector[i];
                VectorCount++;
            }
        }
        if (p.Date is { } d)
        {
            if (First is null || d < First) First = d;
            if (Last is null || d > Last) Last = d;
        }
        Members.Add(p.Index);
    }
}

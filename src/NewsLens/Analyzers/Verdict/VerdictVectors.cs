namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// The feature vector of the linear verdict model, shared by training and scoring so both see the same numbers:
/// text features <c>(1 + ln tf) · idf</c> scaled to unit length, then style z-scores clipped to ±4 and multiplied
/// by a scale, placed after the text features.
/// </summary>
internal static class VerdictVectors
{
    public const double ZClip = 4;

    /// <summary>Unit-length tf-idf values for <paramref name="counts"/> (term index → occurrences), sorted by index.</summary>
    public static (int[] Indices, float[] Values) Text(IEnumerable<KeyValuePair<int, int>> counts, float[] idf)
    {
        var idxList = new List<int>();
        var tfList = new List<int>();
        foreach (var (k, v) in counts)
            if (v > 0) { idxList.Add(k); tfList.Add(v); }
        return Text(idxList.ToArray(), tfList.ToArray(), idf);
    }

    /// <summary>As <see cref="Text(IEnumerable{KeyValuePair{int, int}}, float[])"/> for distinct term indices and their positive counts; sorts both arrays in place.</summary>
    public static (int[] Indices, float[] Values) Text(int[] idx, int[] tf, float[] idf)
    {
        Array.Sort(idx, tf);
        var val = new float[idx.Length];
        double norm = 0;
        for (int i = 0; i < idx.Length; i++)
        {
            double x = (1 + Math.Log(tf[i])) * idf[idx[i]];
            val[i] = (float)x;
            norm += x * x;
        }
        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            for (int i = 0; i < val.Length; i++) val[i] *= inv;
        }
        return (idx, val);
    }

    /// <summary>Clipped z-score of one style value.</summary>
    public static double Z(double value, float mean, float std) =>
        Math.Clamp((value - mean) / (std > 1e-9f ? std : 1f), -ZClip, ZClip);

    /// <summary>Text and style features joined: style feature k gets index <c>textDimension + k</c>.</summary>
    public static (int[] Indices, float[] Values) Join((int[] Indices, float[] Values) text, double[] style,
        float[] mean, float[] std, float scale, int textDimension)
    {
        var idx = new int[text.Indices.Length + style.Length];
        var val = new float[idx.Length];
        text.Indices.CopyTo(idx, 0);
        text.Values.CopyTo(val, 0);
        for (int k = 0; k < style.Length; k++)
        {
            idx[text.Indices.Length + k] = textDimension + k;
            val[text.Indices.Length + k] = (float)(Z(style[k], mean[k], std[k]) * scale);
        }
        return (idx, val);
    }
}

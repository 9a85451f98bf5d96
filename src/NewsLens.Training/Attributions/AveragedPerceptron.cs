using NewsLens.Analyzers.Attributions;

namespace NewsLens.Training.Attributions;

/// <summary>
/// Averaged perceptron over a hashed weight table, with the usual lazy-averaging trick: keeps w and the sum of
/// step-weighted updates, so the averaged weights are w - u / c. Not thread-safe.
/// </summary>
internal sealed class AveragedPerceptron(int size, int denseSize = 0)
{
    private readonly float[] _w = new float[size];
    private readonly double[] _u = new double[size];
    private readonly float[] _dw = new float[denseSize];
    private readonly double[] _du = new double[denseSize];
    private long _c = 1;

    /// <summary>The live (non-averaged) weights, read during training.</summary>
    public float[] Live => _w;

    /// <summary>The live weights of the dense region (real-valued inputs), read during training.</summary>
    public float[] DenseLive => _dw;

    /// <summary>Adds <paramref name="delta"/> times <paramref name="x"/> to the dense weights from <paramref name="offset"/>.</summary>
    public void UpdateDense(int offset, ReadOnlySpan<float> x, float delta)
    {
        var w = _dw.AsSpan(offset, x.Length);
        var u = _du.AsSpan(offset, x.Length);
        double cd = _c * (double)delta;
        for (int i = 0; i < x.Length; i++)
        {
            w[i] += delta * x[i];
            u[i] += cd * x[i];
        }
    }

    /// <summary>The averaged dense weights.</summary>
    public float[] DenseAveraged()
    {
        var a = new float[_dw.Length];
        for (int i = 0; i < a.Length; i++) a[i] = (float)(_dw[i] - _du[i] / _c);
        return a;
    }

    public void Tick() => _c++;

    public void Update(ReadOnlySpan<int> features, float delta)
    {
        foreach (int f in features)
        {
            _w[f] += delta;
            _u[f] += _c * (double)delta;
        }
    }

    public void Update(int feature, float delta)
    {
        _w[feature] += delta;
        _u[feature] += _c * (double)delta;
    }

    public float[] Averaged()
    {
        var a = new float[_w.Length];
        for (int i = 0; i < a.Length; i++)
        {
            double v = _w[i] - _u[i] / _c;
            a[i] = Math.Abs(v) < 1e-4 ? 0f : (float)v; // why: tiny weights only bloat the sparse file
        }
        return a;
    }
}

using System.Numerics.Tensors;

namespace NewsLens.Encoders;

/// <summary>Small vector helpers over <see cref="float"/> spans.</summary>
public static class VectorMath
{
    /// <summary>Cosine similarity in [-1, 1]; 0 when either vector is all zeros.</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float na = TensorPrimitives.Norm(a), nb = TensorPrimitives.Norm(b);
        return na == 0 || nb == 0 ? 0 : TensorPrimitives.Dot(a, b) / (na * nb);
    }

    /// <summary>Scales <paramref name="v"/> to unit length; leaves an all-zero vector as it is.</summary>
    public static void Normalize(Span<float> v)
    {
        float n = TensorPrimitives.Norm(v);
        if (n > 0) TensorPrimitives.Divide(v, n, v);
    }
}

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Stores weights at half precision, two per float32 slot of a model file (halves the file; the trainer rounds
/// weights to half precision first, so cross-validation measures exactly what ships). No slot can form a NaN or
/// infinity, because a finite half never has an all-ones exponent.
/// </summary>
internal static class HalfPacking
{
    public static float[] Round(float[] weights)
    {
        var r = new float[weights.Length];
        for (int i = 0; i < r.Length; i++) r[i] = (float)(Half)weights[i];
        return r;
    }

    public static float[] Pack(float[] weights)
    {
        var packed = new float[(weights.Length + 1) / 2];
        for (int i = 0; i < packed.Length; i++)
        {
            uint lo = BitConverter.HalfToUInt16Bits((Half)weights[2 * i]);
            uint hi = 2 * i + 1 < weights.Length ? BitConverter.HalfToUInt16Bits((Half)weights[2 * i + 1]) : 0u;
            packed[i] = BitConverter.UInt32BitsToSingle(hi << 16 | lo);
        }
        return packed;
    }

    /// <exception cref="InvalidDataException">when <paramref name="count"/> does not fit the packed array.</exception>
    public static float[] Unpack(float[] packed, int count)
    {
        if (count < 0 || (count + 1) / 2 != packed.Length) throw new InvalidDataException("packed weight count does not match the model header");
        var w = new float[count];
        for (int i = 0; i < packed.Length; i++)
        {
            uint bits = BitConverter.SingleToUInt32Bits(packed[i]);
            w[2 * i] = (float)BitConverter.UInt16BitsToHalf((ushort)(bits & 0xFFFF));
            if (2 * i + 1 < count) w[2 * i + 1] = (float)BitConverter.UInt16BitsToHalf((ushort)(bits >> 16));
        }
        return w;
    }
}

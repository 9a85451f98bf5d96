namespace NewsLens.Encoders;

/// <summary>A float32 tensor in row-major order, with its dimensions.</summary>
public sealed record EncoderTensor(long[] Shape, float[] Data);

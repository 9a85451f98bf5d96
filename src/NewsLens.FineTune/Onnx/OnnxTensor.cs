namespace NewsLens.FineTune.Onnx;

/// <summary>A float32 initializer of an ONNX graph: its name, its dimensions and its values, row-major.</summary>
public sealed record OnnxTensor(string Name, long[] Dims, float[] Data);

namespace NewsLens.FineTune.Onnx;

/// <summary>One operator of an ONNX graph, with the names of the values it reads and writes.</summary>
public sealed record OnnxNode(string OpType, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);

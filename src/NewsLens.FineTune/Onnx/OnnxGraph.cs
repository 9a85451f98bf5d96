using System.Runtime.InteropServices;
using NewsLens.Encoders.Onnx;

namespace NewsLens.FineTune.Onnx;

/// <summary>
/// The parts of an ONNX model (ModelProto.graph) that rebuilding a BERT needs: the float32 initializers by name and
/// the nodes in file order. Other initializer types (int64 shape constants) are left out.
/// </summary>
public sealed class OnnxGraph
{
    // why: field numbers from onnx.proto (ModelProto.graph = 7; GraphProto.node = 1, initializer = 5;
    // NodeProto.input = 1, output = 2, op_type = 4; TensorProto.dims = 1, data_type = 2, float_data = 4, name = 8, raw_data = 9)
    private const int FloatType = 1;

    private OnnxGraph(Dictionary<string, OnnxTensor> initializers, List<OnnxNode> nodes)
    {
        Initializers = initializers;
        Nodes = nodes;
    }

    public IReadOnlyDictionary<string, OnnxTensor> Initializers { get; }
    public IReadOnlyList<OnnxNode> Nodes { get; }

    /// <exception cref="InvalidDataException">when the bytes are not a readable ONNX model or hold no graph.</exception>
    public static OnnxGraph Parse(ReadOnlySpan<byte> model)
    {
        var reader = new ProtoReader(model);
        while (reader.Next())
        {
            if (reader.Field == 7 && reader.WireType == 2) return ParseGraph(reader.Bytes());
            reader.Skip();
        }
        throw new InvalidDataException("ONNX model has no graph");
    }

    private static OnnxGraph ParseGraph(ReadOnlySpan<byte> graph)
    {
        var initializers = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        var nodes = new List<OnnxNode>();
        var reader = new ProtoReader(graph);
        while (reader.Next())
        {
            if (reader.Field == 1 && reader.WireType == 2) nodes.Add(ParseNode(reader.Bytes()));
            else if (reader.Field == 5 && reader.WireType == 2)
            {
                if (ParseTensor(reader.Bytes()) is { } t) initializers[t.Name] = t;
            }
            else reader.Skip();
        }
        return new OnnxGraph(initializers, nodes);
    }

    private static OnnxNode ParseNode(ReadOnlySpan<byte> node)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        string opType = "";
        var reader = new ProtoReader(node);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1 when reader.WireType == 2: inputs.Add(reader.String()); break;
                case 2 when reader.WireType == 2: outputs.Add(reader.String()); break;
                case 4 when reader.WireType == 2: opType = reader.String(); break;
                default: reader.Skip(); break;
            }
        }
        return new OnnxNode(opType, inputs, outputs);
    }

    private static OnnxTensor? ParseTensor(ReadOnlySpan<byte> tensor)
    {
        var dims = new List<long>();
        var floats = new List<float>();
        ReadOnlySpan<byte> raw = default;
        int dataType = 0;
        string name = "";
        var reader = new ProtoReader(tensor);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: reader.Int64s(dims); break;
                case 2 when reader.WireType == 0: dataType = (int)reader.Varint(); break;
                case 4: reader.Floats(floats); break;
                case 8 when reader.WireType == 2: name = reader.String(); break;
                case 9 when reader.WireType == 2: raw = reader.Bytes(); break;
                default: reader.Skip(); break;
            }
        }
        if (dataType != FloatType) return null;
        long count = dims.Aggregate(1L, (a, d) => a * d);
        // why: raw_data is little-endian, as are the x64 and arm64 hosts LibTorch runs on
        float[] data = raw.Length > 0 ? MemoryMarshal.Cast<byte, float>(raw).ToArray() : [.. floats];
        if (data.Length != count)
            throw new InvalidDataException($"ONNX initializer '{name}' holds {data.Length} floats for dimensions [{string.Join(", ", dims)}]");
        return new OnnxTensor(name, [.. dims], data);
    }
}

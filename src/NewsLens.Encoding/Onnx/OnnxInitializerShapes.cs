namespace NewsLens.Encoders.Onnx;

/// <summary>
/// The names and dimensions of an ONNX model's float32 initializers, read without copying their values: what
/// weight overrides are checked against, since ONNX Runtime silently ignores an initializer name the graph lacks.
/// </summary>
internal static class OnnxInitializerShapes
{
    // why: field numbers from onnx.proto (ModelProto.graph = 7; GraphProto.initializer = 5; TensorProto.dims = 1,
    // data_type = 2 (1 = FLOAT), name = 8)
    public static Dictionary<string, long[]> Read(ReadOnlySpan<byte> model)
    {
        var shapes = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var reader = new ProtoReader(model);
        while (reader.Next())
        {
            if (reader.Field != 7 || reader.WireType != 2) { reader.Skip(); continue; }
            var graph = new ProtoReader(reader.Bytes());
            while (graph.Next())
            {
                if (graph.Field == 5 && graph.WireType == 2) Add(graph.Bytes(), shapes);
                else graph.Skip();
            }
        }
        return shapes;
    }

    private static void Add(ReadOnlySpan<byte> tensor, Dictionary<string, long[]> shapes)
    {
        var dims = new List<long>();
        int dataType = 0;
        string name = "";
        var reader = new ProtoReader(tensor);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1: reader.Int64s(dims); break;
                case 2 when reader.WireType == 0: dataType = (int)reader.Varint(); break;
                case 8 when reader.WireType == 2: name = reader.String(); break;
                default: reader.Skip(); break;
            }
        }
        if (dataType == 1) shapes[name] = [.. dims];
    }
}

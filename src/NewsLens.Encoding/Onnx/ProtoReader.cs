using System.Buffers.Binary;
using System.Text;

namespace NewsLens.Encoders.Onnx;

/// <summary>
/// Reads the protobuf wire format field by field over a byte span: just enough for ONNX model files. Unknown fields are
/// skipped, so newer ONNX files still read; a length or tag that runs past the end throws.
/// </summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _at;

    public int Field { get; private set; }
    public int WireType { get; private set; }

    /// <summary>Moves to the next field; false at the end of the message.</summary>
    public bool Next()
    {
        if (_at >= _data.Length) return false;
        ulong tag = Varint();
        Field = (int)(tag >> 3);
        WireType = (int)(tag & 7);
        if (Field == 0) throw new InvalidDataException("protobuf field number 0");
        return true;
    }

    public ulong Varint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (_at >= _data.Length) throw Truncated();
            byte b = _data[_at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("protobuf varint longer than 10 bytes");
    }

    public ReadOnlySpan<byte> Bytes()
    {
        ulong length = Varint();
        if (length > (ulong)(_data.Length - _at)) throw Truncated();
        var bytes = _data.Slice(_at, (int)length);
        _at += (int)length;
        return bytes;
    }

    public string String() => Encoding.UTF8.GetString(Bytes());

    public float Fixed32Float()
    {
        if (_data.Length - _at < 4) throw Truncated();
        float v = BinaryPrimitives.ReadSingleLittleEndian(_data[_at..]);
        _at += 4;
        return v;
    }

    /// <summary>Skips the current field's value, whatever its wire type.</summary>
    public void Skip()
    {
        switch (WireType)
        {
            case 0: Varint(); break;
            case 1: Advance(8); break;
            case 2: Bytes(); break;
            case 5: Advance(4); break;
            default: throw new InvalidDataException($"protobuf wire type {WireType} is not supported");
        }
    }

    /// <summary>Reads a repeated int64 field, packed (wire type 2) or one value (wire type 0), into <paramref name="into"/>.</summary>
    public void Int64s(List<long> into)
    {
        if (WireType == 0) { into.Add((long)Varint()); return; }
        var packed = new ProtoReader(Bytes());
        while (packed._at < packed._data.Length) into.Add((long)packed.Varint());
    }

    /// <summary>Reads a repeated float field, packed (wire type 2) or one value (wire type 5), into <paramref name="into"/>.</summary>
    public void Floats(List<float> into)
    {
        if (WireType == 5) { into.Add(Fixed32Float()); return; }
        var packed = Bytes();
        if (packed.Length % 4 != 0) throw new InvalidDataException("packed float field of a length not divisible by 4");
        for (int i = 0; i < packed.Length; i += 4) into.Add(BinaryPrimitives.ReadSingleLittleEndian(packed[i..]));
    }

    private void Advance(int count)
    {
        if (_data.Length - _at < count) throw Truncated();
        _at += count;
    }

    private static InvalidDataException Truncated() => new("protobuf message is truncated");
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsLens.Text;

/// <summary>Writes a <see cref="TextSpan"/> as a two-element array <c>[start, end]</c>.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("span must be [start, end]");
        reader.Read();
        int start = reader.GetInt32();
        reader.Read();
        int end = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("span must be [start, end]");
        return new TextSpan(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}

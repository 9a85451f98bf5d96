using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsLens.Reports;

/// <summary>Writes dates as ISO-8601 to the second with their offset (<c>2024-05-01T09:30:00+02:00</c>) and reads them back.</summary>
internal sealed class IsoDateConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-ddTHH:mm:ssK";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("a date must be a string"), CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}

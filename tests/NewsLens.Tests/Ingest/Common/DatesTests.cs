using System.Text.Json;
using NewsLens.Ingest.Common;

namespace NewsLens.Tests.Ingest.Common;

public sealed class DatesTests
{
    [Theory]
    [InlineData("2019-03-25", "2019-03-25T00:00:00+00:00")]
    [InlineData("2019-03-25T14:30:00-05:00", "2019-03-25T14:30:00-05:00")]
    [InlineData("Mon, 25 Mar 2019 14:30:00 GMT", "2019-03-25T14:30:00+00:00")]
    [InlineData("March 25, 2019", "2019-03-25T00:00:00+00:00")]
    [InlineData("1553524200", "2019-03-25T14:30:00+00:00")]
    [InlineData("1553524200000", "2019-03-25T14:30:00+00:00")]
    public void Common_date_forms_parse_to_the_same_instant(string input, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Dates.Parse(input));

    [Theory]
    [InlineData("""{"$date": 1553524200000}""")]
    [InlineData("""{"$date": "2019-03-25T14:30:00Z"}""")]
    [InlineData("""{"$date": {"$numberLong": "1553524200000"}}""")]
    public void MongoDB_extended_json_dates_parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(DateTimeOffset.Parse("2019-03-25T14:30:00Z"), Dates.Parse(doc.RootElement));
    }

    [Fact]
    public void Nonsense_is_no_date() => Assert.Null(Dates.Parse("next Tuesday-ish"));
}

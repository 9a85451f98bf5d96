using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class MetadataParsingTests
{
    [Theory]
    [InlineData("By Jane Doe and John Roe, Reuters", "Jane Doe|John Roe")]
    [InlineData("BY JANE DOE", "Jane Doe")]
    [InlineData("Jane Doe | Staff Writer", "Jane Doe")]
    [InlineData("Written by Ana de la Cruz & Tom Li", "Ana de la Cruz|Tom Li")]
    [InlineData("https://www.facebook.com/somepaper", "")]
    [InlineData("Associated Press", "")]
    [InlineData("Jane Doe 5 minutes ago", "")]
    [InlineData("Updated November 20, 2019", "")]
    public void Bylines_become_clean_person_names(string raw, string expected)
    {
        var names = AuthorNames.Clean([raw]);
        Assert.Equal(expected, string.Join("|", names));
    }

    [Theory]
    [InlineData("2019-05-21T09:30:00+01:00", "2019-05-21")]
    [InlineData("2019-05-21T09:30:00+0100", "2019-05-21")]
    [InlineData("2019-05-21", "2019-05-21")]
    [InlineData("Tue, 21 May 2019 08:00:00 GMT", "2019-05-21")]
    [InlineData("1558425600", "2019-05-21")]
    [InlineData("20190521", "2019-05-21")]
    [InlineData("Published May 21, 2019 at 5:04 pm", "2019-05-21")]
    [InlineData("21 May 2019", "2019-05-21")]
    [InlineData("Nov. 20, 2019", "2019-11-20")]
    [InlineData("not a date", null)]
    public void Dates_in_the_usual_notations_parse(string raw, string? expected)
    {
        Assert.Equal(expected, DateParsing.Parse(raw)?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("https://site.example/2019/05/21/some-story", "2019-05-21")]
    [InlineData("https://site.example/news/2019-05-21/story", "2019-05-21")]
    [InlineData("https://site.example/news/story-12345", null)]
    public void Dates_in_url_paths_are_found(string url, string? expected)
    {
        Assert.Equal(expected, DateParsing.FromUrl(url)?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("Ferry Timetable Changes | Coastal Times", "Coastal Times", "Ferry Timetable Changes")]
    [InlineData("Ferry Timetable Changes - Coastal Times", null, "Ferry Timetable Changes")]
    [InlineData("Coastal Times - Ferry timetable changes for winter", "Coastal Times", "Ferry timetable changes for winter")]
    [InlineData("Brexit - what happens next?", null, "Brexit - what happens next?")]
    public void Site_names_are_stripped_from_titles(string raw, string? site, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(raw, site));
    }
}

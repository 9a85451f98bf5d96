using NewsLens.Training.Claims;

namespace NewsLens.Tests.Analyzers.Claims;

public sealed class CheckThatReaderTests
{
    private static string Temp(string name, string content)
    {
        var dir = Directory.CreateTempSubdirectory("newslens-claims-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_transcript_with_crlf_endings_and_labels_is_read_line_by_line()
    {
        var path = Temp("t.tsv", "1\tHOST\tWelcome, everyone.\t0\r\n2\tSMITH\tWe cut taxes by 10 per cent.\t1\r\n");
        var t = CheckThatReader.ReadTranscript(path, "2020");
        Assert.Equal(2, t.Lines.Count);
        Assert.Equal(new TranscriptLine(2, "SMITH", "We cut taxes by 10 per cent.", 1), t.Lines[1]);
        Assert.False(CheckThatReader.IsTweetFile(path));
    }

    [Fact]
    public void A_transcript_line_without_three_fields_is_reported_with_its_line_number()
    {
        var path = Temp("bad.tsv", "1\tHOST\tHello.\n2 HOST no tabs\n");
        var ex = Assert.Throws<InvalidDataException>(() => CheckThatReader.ReadTranscript(path));
        Assert.Contains(":2:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tweet_whose_text_holds_a_raw_newline_is_joined_back_into_one_record()
    {
        var path = Temp("tweets.tsv",
            "topic\ttweet_id\ttweet_url\ttweet_text\tclass_label\n" +
            "COVID-19\t11\thttp://x/11\tFirst line\nsecond line of the same tweet\t1\n" +
            "COVID-19\t12\thttp://x/12\tA short one\t0\n");
        var tweets = CheckThatReader.ReadTweets(path);
        Assert.True(CheckThatReader.IsTweetFile(path));
        Assert.Equal(2, tweets.Count);
        Assert.Equal("First line\nsecond line of the same tweet", tweets[0].Text);
        Assert.Equal(("COVID-19", "12", 0), (tweets[1].Topic, tweets[1].TweetId, tweets[1].Label!.Value));
    }
}

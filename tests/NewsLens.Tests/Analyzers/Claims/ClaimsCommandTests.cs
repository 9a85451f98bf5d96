using NewsLens.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyzers.Claims;

[Collection(NewsLens.Tests.Support.ConsoleCollection.Name)]
public sealed class ClaimsCommandTests
{
    private static readonly string Models = Path.Combine(SharedData.RepoRoot, "models");

    [Fact]
    public async Task A_debate_transcript_gives_a_run_file_of_line_numbers_and_scores_with_the_same_name()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-claims-").FullName;
        var input = Path.Combine(dir, "20990101_debate.tsv");
        File.WriteAllText(input, "1\tHOST\tGood evening.\t0\n2\tSMITH\tWe created 2 million jobs in four years.\t1\n3\tJONES\tThat is not true.\t0\n");
        var outDir = Path.Combine(dir, "runs");
        int code = await NewsLensCli.RunAsync(["claims", input, "--format", "checkthat", "-o", outDir, "--models", Models]);
        Assert.Equal(0, code);
        var lines = File.ReadAllLines(Path.Combine(outDir, "20990101_debate.tsv"));
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^\d+\t[01](\.\d+)?$", l));
        Assert.Equal(["1", "2", "3"], lines.Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public async Task A_tweet_file_gives_topic_tweet_id_score_and_run_name()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-claims-").FullName;
        var input = Path.Combine(dir, "tweets.tsv");
        File.WriteAllText(input, "topic_id\ttweet_id\ttweet_url\ttweet_text\tclaim\tcheck_worthiness\n" +
            "covid-19\t101\thttp://x/101\tThe new vaccine cut hospital admissions by 90 per cent in trials.\t1\t1\n" +
            "covid-19\t102\thttp://x/102\tStay safe everyone!\t0\t0\n");
        var outDir = Path.Combine(dir, "runs");
        Assert.Equal(0, await NewsLensCli.RunAsync(["claims", input, "-f", "checkthat", "-o", outDir, "--models", Models]));
        var lines = File.ReadAllLines(Path.Combine(outDir, "tweets.tsv"));
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^covid-19\t10[12]\t[01](\.\d+)?\tnewslens$", l));
    }

    [Fact]
    public async Task A_bad_input_fails_alone_and_the_batch_goes_on()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-claims-").FullName;
        var good = Path.Combine(dir, "good.tsv");
        File.WriteAllText(good, "1\tA\tPrices rose 5%.\n");
        var outDir = Path.Combine(dir, "runs");
        int code = await NewsLensCli.RunAsync(["claims", Path.Combine(dir, "missing.tsv"), good, "-f", "checkthat", "-o", outDir, "--models", Models]);
        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.True(File.Exists(Path.Combine(outDir, "good.tsv")));
    }

    [Fact]
    public async Task The_accurate_run_files_have_the_lines_and_format_of_the_fast_ones_with_the_encoder_models_scores()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-claims-").FullName;
        var transcript = Path.Combine(dir, "20990102_debate.tsv");
        File.WriteAllText(transcript, "1\tHOST\tGood evening.\n2\tSMITH\tWe cut the deficit by 300 billion dollars in two years.\n" +
            "3\tJONES\tThat is simply not true.\n4\tSMITH\tThank you.\n");
        var tweets = Path.Combine(dir, "tweets.tsv");
        File.WriteAllText(tweets, "topic_id\ttweet_id\ttweet_url\ttweet_text\n" +
            "covid-19\t201\thttp://x/201\tHospital admissions fell 40 per cent after the second dose.\n" +
            "covid-19\t202\thttp://x/202\tHappy Friday to all of you!\n");
        var runs = new Dictionary<string, (string[] Transcript, string[] Tweets)>();
        foreach (var pipeline in new[] { "fast", "accurate" })
        {
            var outDir = Path.Combine(dir, pipeline);
            Assert.Equal(0, await NewsLensCli.RunAsync(["claims", transcript, tweets, "-f", "checkthat", "-o", outDir, "--models", Models, "--pipeline", pipeline]));
            runs[pipeline] = (File.ReadAllLines(Path.Combine(outDir, "20990102_debate.tsv")), File.ReadAllLines(Path.Combine(outDir, "tweets.tsv")));
        }
        var (fast, accurate) = (runs["fast"], runs["accurate"]);
        static string[] Keys(string[] lines, int columns) => [.. lines.Select(l => string.Join('\t', l.Split('\t').Take(columns)))];
        Assert.Equal(Keys(fast.Transcript, 1), Keys(accurate.Transcript, 1));
        Assert.Equal(Keys(fast.Tweets, 2), Keys(accurate.Tweets, 2));
        Assert.All(accurate.Transcript, l => Assert.Matches(@"^\d+\t[01](\.\d+)?$", l));
        Assert.All(accurate.Tweets, l => Assert.Matches(@"^covid-19\t20[12]\t[01](\.\d+)?\tnewslens$", l));
        // the stacked model's scores are not the hashed model's
        Assert.NotEqual(fast.Transcript, accurate.Transcript);
        // transcript lines end with the score; tweet lines have it third
        static double Score(string line, int column) => double.Parse(line.Split('\t')[column], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Score(accurate.Transcript[1], 1) > Score(accurate.Transcript[0], 1), "the claim with a figure ranks above the greeting");
        Assert.True(Score(accurate.Tweets[0], 2) > Score(accurate.Tweets[1], 2), "the claim with a figure ranks above the greeting");
    }

    [Fact]
    public async Task The_accurate_pipeline_names_the_encoder_model_when_the_folder_lacks_it()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-claims-").FullName;
        File.Copy(Path.Combine(Models, "claims.bin"), Path.Combine(dir, "claims.bin"));
        var input = Path.Combine(dir, "t.tsv");
        File.WriteAllText(input, "1\tA\tPrices rose 5%.\n");
        using var console = new ConsoleCapture();
        int code = await NewsLensCli.RunAsync(["claims", input, "-f", "checkthat", "-o", Path.Combine(dir, "runs"), "--models", dir, "--pipeline", "accurate"]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("claims.encoder.bin", console.Err.ToString());
        Assert.Equal(0, await NewsLensCli.RunAsync(["claims", input, "-f", "checkthat", "-o", Path.Combine(dir, "runs"), "--models", dir, "--pipeline", "fast"]));
    }

    [Fact]
    public async Task Checkthat_format_without_an_output_folder_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, await NewsLensCli.RunAsync(["claims", "x.tsv", "-f", "checkthat"]));
    }
}

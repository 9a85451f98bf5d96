using NewsLens.Analyzers.Claims;
using NewsLens.Models;
using NewsLens.Tests.Encoders;
using NewsLens.Tests.Support;
using NewsLens.Training.Claims;
using Xunit.Abstractions;

namespace NewsLens.Tests.Analyzers.Claims;

/// <summary>
/// The accurate pipeline's claims model on data it never saw: the two CheckThat! 2020 transcripts left out of both
/// claims.bin and claims.encoder.bin (they were 2019 test transcripts) and the tweet dev files, each line or tweet
/// encoded alone as `claims --pipeline accurate --format checkthat` does. Floors sit a little below the figures
/// measured when the model was trained (models/claims.encoder.md).
/// </summary>
public sealed class ClaimEncoderHeldOutTests(ITestOutputHelper output)
{
    private static readonly Lazy<ClaimScorer> Scorer = new(() => ClaimScorer.Load(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")), useEncoder: true));

    private double Ap(IReadOnlyList<string> texts, IReadOnlyList<string?>? speakers, IReadOnlyList<int> labels, ClaimDomain domain, string name)
    {
        var (doc, units) = ClaimDocuments.FromTexts(texts, speakers);
        var scores = Scorer.Value.ScoreUnits(doc, units, domain, SharedEncoder.Shipped.EncodeTextTable(texts));
        double ap = RankingMetrics.AveragePrecision(scores, labels);
        output.WriteLine($"{name}: AP {ap:0.0000}");
        return ap;
    }

    private double TranscriptAp(string name)
    {
        var t = CheckThatReader.ReadTranscript(SharedData.PathTo("checkthat2020-task5-checkworthiness-debates-en", "training", name));
        return Ap([.. t.Lines.Select(l => l.Text)], [.. t.Lines.Select(l => (string?)l.Speaker)], [.. t.Lines.Select(l => l.Label ?? 0)], ClaimDomain.Transcript, name);
    }

    private double TweetAp(params string[] path)
    {
        var tweets = CheckThatReader.ReadTweets(SharedData.PathTo(path));
        return Ap([.. tweets.Select(t => t.Text)], null, [.. tweets.Select(t => t.Label ?? 0)], ClaimDomain.Tweet, path[^1]);
    }

    [SharedDataFact]
    public void The_accurate_model_ranks_the_left_out_debate_transcripts_far_above_chance()
    {
        // chance AP is about the positive rate: 2/1731 and 12/612
        double map = (TranscriptAp("20160311_GOP_miami.tsv") + TranscriptAp("20181015_60_min.tsv")) / 2;
        Assert.True(map >= FloorDebates, $"MAP {map:0.0000}");
    }

    [SharedDataFact]
    public void The_accurate_model_keeps_its_measured_map_on_the_tweet_dev_sets()
    {
        double a = TweetAp("checkthat2020-task1-checkworthiness-tweets-en", "dev_v2.tsv");
        double b = TweetAp("checkthat2022-task1-en-tweets", "CT22_english_1A_checkworthy_dev.tsv");
        Assert.True(a >= FloorTweets2020, $"MAP {a:0.0000}");
        Assert.True(b >= FloorTweets2022, $"MAP {b:0.0000}");
    }

    // measured 2026-12-03 with models/claims.encoder.bin: 0.0554 (0.0068 and 0.1039), 0.7258, 0.6403
    private const double FloorDebates = 0.045;
    private const double FloorTweets2020 = 0.70;
    private const double FloorTweets2022 = 0.62;
}

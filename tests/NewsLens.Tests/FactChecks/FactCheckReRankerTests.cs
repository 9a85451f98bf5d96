using NewsLens.FactChecks;
using NewsLens.Models;
using NewsLens.Tests.Ingest;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.FactChecks;

public sealed class FactCheckReRankerTests
{
    private static readonly string Shipped = Path.Combine(SharedData.RepoRoot, "models", FactCheckReRanker.FileName);

    [Fact]
    public void The_shipped_re_ranker_reads_names_the_pretrained_minilm_and_the_first_stage_it_was_trained_behind()
    {
        var model = FactCheckReRanker.Read(Shipped);
        Assert.Equal(NewsLens.Encoders.TransformerEncoder.CreateMiniLm().Identity.Key, model.EncoderKey);
        Assert.Equal(50, model.MatcherOptions.FirstStageDepth);
        Assert.InRange(model.MatcherOptions.LexicalWeight, 0.1f, 1f);
        Assert.Equal(MatchFeatures.Names, model.Weights().Select(w => w.Feature));
    }

    [Fact]
    public void The_shipped_re_ranker_prefers_a_candidate_that_leads_both_stages_to_one_that_trails_them()
    {
        var model = FactCheckReRanker.Read(Shipped);
        var query = new MatchQuery("The harbour bridge cost 40 million dollars");
        var claim = new VerifiedClaim("1", "The harbour bridge cost 40 million dollars.");
        var lead = new float[MatchFeatures.Count];
        var trail = new float[MatchFeatures.Count];
        MatchFeatures.Fill(query, claim, new MatchFeatures.Stage(0, 20, 0.9f, 0.8f, 0, 0, 0.9f), 20, 0.9f, lead);
        MatchFeatures.Fill(query, new VerifiedClaim("2", "Rainfall broke a record."), new MatchFeatures.Stage(1, 1, 0.2f, 0.1f, 40, 45, 0.2f), 20, 0.9f, trail);
        Assert.True(model.Score(lead) > 0.5);
        Assert.True(model.Score(lead) > model.Score(trail));
    }

    [Fact]
    public void Written_and_read_back_it_scores_the_same_and_keeps_its_first_stage()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, FactCheckReRanker.FileName);
        var model = new FactCheckReRanker([.. Enumerable.Range(0, MatchFeatures.Count).Select(i => i * 0.1f)], -1, new float[MatchFeatures.Count],
            [.. Enumerable.Repeat(2f, MatchFeatures.Count)], "key", null, new FactCheckMatcherOptions { FirstStageDepth = 7, LexicalWeight = 0.4f });
        ModelFile.Write(path, FactCheckReRanker.Spec, model.ToContent(new Dictionary<string, string>()));
        var back = FactCheckReRanker.Read(path);
        var x = Enumerable.Range(0, MatchFeatures.Count).Select(i => (float)i).ToArray();
        Assert.Equal(model.Score(x), back.Score(x), 6);
        Assert.Equal((7, 0.4f), (back.MatcherOptions.FirstStageDepth, back.MatcherOptions.LexicalWeight));
    }
}

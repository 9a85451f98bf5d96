using System.Text.Json;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Verdict;
using NewsLens.Training.Verdict;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Verdict;

public sealed class VerdictModelTests
{
    private static readonly Lazy<VerdictModel> Trained = new(() => new VerdictTrainer(WrittenCorpus.FastOptions).Run(WrittenCorpus.Articles()).Model);

    private static ArticleVerdict Score(VerdictModel model, string text, VerdictScorerOptions? options = null)
    {
        var doc = Document.Create(text);
        new StyleProfiler().Analyze(doc, CancellationToken.None);
        new HyperpartisanScorer(model, options).Analyze(doc, CancellationToken.None);
        return doc.GetSingle(VerdictLayers.Verdict)!;
    }

    [Fact]
    public void A_model_trained_on_written_articles_scores_a_rant_above_a_report()
    {
        var rant = Score(Trained.Value, "Corrupt traitors lie to you! Wake up and fight back!");
        var report = Score(Trained.Value, "The council said the budget was approved in March, according to officials.");
        Assert.True(rant.HyperpartisanProbability > report.HyperpartisanProbability,
            $"rant {rant.HyperpartisanProbability} vs report {report.HyperpartisanProbability}");
    }

    [Fact]
    public void A_saved_model_loads_back_byte_identical_and_scores_identically()
    {
        var ms = new MemoryStream();
        Trained.Value.Save(ms);
        var bytes = ms.ToArray();
        var loaded = VerdictModel.Load(new MemoryStream(bytes));
        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(bytes, again.ToArray());
        Assert.NotNull(loaded.Sha256);
        const string text = "The shameful elites betray you! The committee said otherwise.";
        Assert.Equal(Score(Trained.Value, text).HyperpartisanProbability, Score(loaded, text).HyperpartisanProbability);
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_with_a_clear_message()
    {
        var ms = new MemoryStream();
        NewsLens.Models.ModelFile.Write(ms, new NewsLens.Models.ModelSpec("something.else", 1, "x.bin", "newslens train x"), new NewsLens.Models.ModelContent());
        ms.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => VerdictModel.Load(ms));
        Assert.Contains("verdict", ex.Message);
    }

    [Fact]
    public void The_contributions_add_up_to_the_margin()
    {
        var v = Score(Trained.Value, "Wake up, people! The disgusting swamp lies. The committee reviewed the budget.",
            new VerdictScorerOptions { TopReasons = 100_000, ReadableOnly = false });
        double sum = Trained.Value.Data.Bias + v.Reasons.Sum(r => r.Contribution);
        Assert.True(Math.Abs(v.Margin - sum) < 1e-4 * (v.Reasons.Count + 2), $"margin {v.Margin}, sum of contributions and bias {sum}");
    }

    [Fact]
    public void Explanations_name_only_features_present_in_the_text()
    {
        const string text = "These corrupt traitors lie to you every day! The council said the budget was approved. Fight back now!";
        var doc = Document.Create(text);
        new StyleProfiler().Analyze(doc, CancellationToken.None);
        new HyperpartisanScorer(Trained.Value).Analyze(doc, CancellationToken.None);
        var v = doc.GetSingle(VerdictLayers.Verdict)!;
        var profile = doc.GetSingle(StyleLayers.Profile)!;
        Assert.NotEmpty(v.Reasons);
        foreach (var r in v.Reasons)
        {
            if (r.Kind == "term")
            {
                Assert.True(r.Value >= 1);
                Assert.NotEmpty(r.Examples);
                if (VerdictTerms.IsClusterTerm(r.Feature))
                    // a word-cluster term: every example is a word of that cluster
                    Assert.All(r.Examples, e => Assert.Equal(r.Feature, VerdictTerms.ClusterTerm(VerdictTerms.ClusterOf(doc[e].ToLowerInvariant()))));
                else
                    Assert.All(r.Examples, e => Assert.Equal(Letters(r.Feature.Replace("<num>", "")), Letters(doc[e])));
            }
            else
            {
                Assert.Equal(profile.Value(r.Feature), r.Value);
            }
        }
        Assert.NotEmpty(v.TopSentences);
        foreach (var s in v.TopSentences)
        {
            Assert.Equal(doc.Sentences[s.Index].Span, s.Span);
            Assert.All(s.TopTerms, t => Assert.Contains(t.Split(' ')[0], doc[s.Span].ToLowerInvariant()));
        }
        Assert.All(v.GetHighlights(), h => Assert.True(h.Span.End <= text.Length));
    }

    // Letters and the kept punctuation, lower case, digits dropped (terms fold numbers to <num>).
    private static string Letters(string s) => new([.. s.ToLowerInvariant().Where(c => char.IsLetter(c) || c is '!' or '?' or '\'')]);

    [Fact]
    public void The_verdict_is_deterministic()
    {
        const string text = "Outrageous! The elites lie. Officials said the vote was 7 to 2.";
        var a = JsonSerializer.Serialize(Score(Trained.Value, text), ReportJson.Options);
        var b = JsonSerializer.Serialize(Score(Trained.Value, text), ReportJson.Options);
        Assert.Equal(a, b);
        Assert.Contains("\"hyperpartisanProbability\"", a);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var a = new MemoryStream();
        var b = new MemoryStream();
        new VerdictTrainer(WrittenCorpus.FastOptions).Run(WrittenCorpus.Articles()).Model.Save(a);
        new VerdictTrainer(WrittenCorpus.FastOptions).Run(WrittenCorpus.Articles()).Model.Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Re_expressing_a_probability_for_another_prior_keeps_it_at_the_training_prior_and_raises_it_for_a_higher_one()
    {
        var m = Trained.Value;
        Assert.Equal(0.3, m.AdjustToPrior(0.3, m.TrainingPositiveRate), 6);
        Assert.True(m.AdjustToPrior(0.3, Math.Min(0.99, m.TrainingPositiveRate + 0.2)) > 0.3);
    }
}

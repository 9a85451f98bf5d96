using NewsLens.Training.Techniques;
using NewsLens.Tests.Support;
using Xunit.Abstractions;

namespace NewsLens.Tests.Analyzers.Techniques;

/// <summary>
/// Trains on four fifths of the PTC training articles and checks measured quality floors on the held-out fifth
/// (grouped by article). Reduced epochs and no second SI pass keep it to seconds; the full figures come from
/// `newslens train techniques --cv 5`.
/// </summary>
public class TechniqueQualityFloorTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void A_model_trained_on_four_folds_clears_the_floors_on_the_held_out_articles()
    {
        var articles = PtcCorpus.Load(SharedData.PathTo("ptc-semeval2020-task11"));
        var options = new TechniqueTrainingOptions { SpanEpochs = 3, SmoothingFolds = 0, ClassEpochs = 15 };
        var r = TechniqueTrainer.CrossValidateOneFold(articles, folds: 5, fold: 0, options);
        output.WriteLine($"SI P={r.SiPrecision:0.0000} R={r.SiRecall:0.0000} F1={r.SiF1:0.0000}; TC micro-F1={r.TcMicroF1:0.0000}");
        Assert.True(r.SiF1 >= 0.30, $"SI F1 {r.SiF1:0.0000} under the 0.30 floor");
        Assert.True(r.TcMicroF1 >= 0.50, $"TC micro-F1 {r.TcMicroF1:0.0000} under the 0.50 floor");
    }
}

/// <summary>
/// The encoder heads, trained and scored the same way on a small slice (60 articles for training, 20 for testing,
/// all outside the untouched held-out part), so the dense path is exercised end to end by every CI run.
/// </summary>
public class EncoderTechniqueQualityFloorTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Encoder_heads_trained_on_sixty_articles_clear_the_floors_on_twenty_others()
    {
        var articles = PtcCorpus.Load(SharedData.PathTo("ptc-semeval2020-task11")).Where(a => !PtcCorpus.IsHeldOut(a.Id)).Take(80).ToList();
        var corpus = new NewsLens.Training.Vectors.EncodedCorpus(NewsLens.Tests.Encoders.SharedEncoder.Instance, cacheDirectory: null);
        var options = new TechniqueTrainingOptions { SpanEpochs = 2, SmoothingFolds = 0, ClassEpochs = 15 };
        var r = TechniqueTrainer.TrainAndTest(articles[..60], articles[60..], options, encoder: corpus);
        output.WriteLine($"SI P={r.SiPrecision:0.0000} R={r.SiRecall:0.0000} F1={r.SiF1:0.0000}; TC micro-F1={r.TcMicroF1:0.0000}");
        Assert.True(r.SiF1 >= 0.25, $"SI F1 {r.SiF1:0.0000} under the 0.25 floor");
        Assert.True(r.TcMicroF1 >= 0.45, $"TC micro-F1 {r.TcMicroF1:0.0000} under the 0.45 floor");
    }
}

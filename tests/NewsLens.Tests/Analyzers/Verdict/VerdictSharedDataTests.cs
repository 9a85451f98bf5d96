using NewsLens.Training.Verdict;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyzers.Verdict;

public sealed class VerdictSharedDataTests
{
    private static List<SemEvalArticle> Articles() => SemEvalArticleReader.ReadLabeled(
        SharedData.PathTo("semeval2019-hyperpartisan-byarticle", "articles-training-byarticle-20181122.xml"),
        SharedData.PathTo("semeval2019-hyperpartisan-byarticle", "ground-truth-training-byarticle-20181122.xml"));

    [SharedDataFact]
    public void The_training_articles_join_their_labels_on_id()
    {
        var a = Articles();
        Assert.Equal(645, a.Count);
        Assert.Equal(238, a.Count(x => x.Hyperpartisan == true));
        Assert.All(a, x => Assert.NotEqual("unknown", x.Outlet));
    }

    [SharedDataFact]
    public void Outlet_grouped_held_out_folds_stay_above_a_quality_floor()
    {
        // Two outlet-grouped folds, fixed settings: every article is scored by a model that saw none of its outlet.
        var options = new VerdictTrainingOptions { Folds = 2, L2Grid = [1.0], StyleScaleGrid = [0.15f] };
        var result = new VerdictTrainer(options).Run(Articles());
        var grouped = result.Reports.Single(r => r.Name.StartsWith("outlet", StringComparison.Ordinal));
        Assert.True(grouped.Raw.Accuracy >= 0.70, $"accuracy {grouped.Raw.Accuracy:0.000}");
        Assert.True(grouped.Auc >= 0.75, $"AUC {grouped.Auc:0.000}");
        Assert.True(grouped.EceCalibrated <= 0.10, $"ECE {grouped.EceCalibrated:0.000}");
    }
}

using NewsLens.Analyzers.Verdict;

namespace NewsLens.Training.Verdict;

/// <summary>Settings of <see cref="VerdictTrainer"/>. Defaults are the ones the shipped model was trained with.</summary>
public sealed record VerdictTrainingOptions
{
    /// <summary>Outer cross-validation folds (random and outlet-grouped); 0 skips evaluation.</summary>
    public int Folds { get; init; } = 10;
    /// <summary>Inner folds (outlet-grouped) that choose the regularisation and style scale inside each training set.</summary>
    public int InnerFolds { get; init; } = 4;
    public int Seed { get; init; } = 2019;
    /// <summary>A term is kept only when training articles from at least this many distinct outlets use it (drops bylines, boilerplate, outlet names).</summary>
    public int MinOutlets { get; init; } = 3;
    /// <summary>A term is kept only when at least this many training articles use it.</summary>
    public int MinDocumentFrequency { get; init; } = 3;
    /// <summary>A paragraph found verbatim in at least this many training articles is boilerplate and left out of the text features.</summary>
    public int BoilerplateMinArticles { get; init; } = 3;
    /// <summary>Weigh hyperpartisan examples by negatives/positives in training.</summary>
    public bool BalanceClasses { get; init; } = true;
    /// <summary>Scale each term by its naive-Bayes log-count ratio (NBSVM style), learned on the training set only.</summary>
    public bool NbScaling { get; init; }
    /// <summary>Also read the metadata title's terms as separate <c>title:</c> features (titles of partisan articles are telling).</summary>
    public bool TitleFeatures { get; init; }
    /// <summary>L2 strengths λ tried (objective: summed log loss + λ/2·‖w‖², solved by L-BFGS).</summary>
    public IReadOnlyList<double> L2Grid { get; init; } = [0.01, 0.03, 0.1, 0.3];
    /// <summary>Also count each word's fine word cluster as a term (<c>&lt;c123&gt;</c>), so rare words share weight with words used alike.</summary>
    public bool ClusterTerms { get; init; } = true;
    public IReadOnlyList<float> StyleScaleGrid { get; init; } = [0.02f, 0.05f, 0.15f];
}

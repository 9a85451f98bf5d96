namespace NewsLens.Training.Lean;

/// <summary>Settings of <see cref="LeanTrainer"/>. Defaults are the ones the shipped model was trained with.</summary>
public sealed record LeanTrainingOptions
{
    /// <summary>Outlet-grouped cross-validation folds on the tuning part (train minus the held-out outlets).</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Seeds the choice of held-out outlets.</summary>
    public int Seed { get; init; } = 2020;
    /// <summary>Share of train articles, whole outlets, set aside before any tuning and scored once at the end.</summary>
    public double HoldoutShare { get; init; } = 0.10;
    /// <summary>A term is kept only when training articles from at least this many distinct outlets (<c>source_url</c>) use it.</summary>
    public int MinOutlets { get; init; } = 5;
    /// <summary>A term is kept only when at least this many training articles use it.</summary>
    public int MinDocumentFrequency { get; init; } = 3;
    /// <summary>A paragraph found verbatim in at least this many training articles is boilerplate and left out.</summary>
    public int BoilerplateMinArticles { get; init; } = 3;
    /// <summary>Also count each word's fine word cluster as a term (off: in grouped CV they cost 0.026 macro-F1, see the lean README).</summary>
    public bool ClusterTerms { get; init; }
    /// <summary>L2 strengths tried (objective: weighted summed log loss + λ/2·‖W‖²).</summary>
    public IReadOnlyList<double> L2Grid { get; init; } = [30];
    /// <summary>
    /// Outlet-balance exponents tried: an article of an outlet with n training articles weighs n^-α (then the classes
    /// are given equal total weight), so a few large outlets do not set the boundary alone. 0 = class balance only.
    /// </summary>
    public IReadOnlyList<double> OutletBalanceGrid { get; init; } = [0, 0.5];
    public int MaxIterations { get; init; } = 200;
    /// <summary>Term counts tried: keep only this many terms, those whose use varies most with the label across training outlets (<see cref="OutletLevelSelection"/>); 0 keeps all.</summary>
    public IReadOnlyList<int> SelectTermsGrid { get; init; } = [2000];
    /// <summary>
    /// Counts of within-lean outlet directions tried: before fitting, rows lose this many principal directions that
    /// tell outlets of the same lean apart (<see cref="OutletNullspace"/>); 0 = none.
    /// </summary>
    public IReadOnlyList<int> ProjectOutletsGrid { get; init; } = [0];
    /// <summary>Diagnostic: random instead of outlet-grouped folds (outlets in several folds), to see what the outlet gives away.</summary>
    public bool RandomFolds { get; init; }
}

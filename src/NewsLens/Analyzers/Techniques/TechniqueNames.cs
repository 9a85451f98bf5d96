namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// The 14 technique labels of the Propaganda Techniques Corpus (SemEval-2020 Task 11), spelled exactly as the
/// corpus and its scorers spell them. Indices into <see cref="All"/> are the class ids of the classifier.
/// </summary>
public static class TechniqueNames
{
    public const string LoadedLanguage = "Loaded_Language";
    public const string NameCalling = "Name_Calling,Labeling";
    public const string Repetition = "Repetition";
    public const string Exaggeration = "Exaggeration,Minimisation";
    public const string Doubt = "Doubt";
    public const string AppealToFear = "Appeal_to_fear-prejudice";
    public const string FlagWaving = "Flag-Waving";
    public const string CausalOversimplification = "Causal_Oversimplification";
    public const string Slogans = "Slogans";
    public const string AppealToAuthority = "Appeal_to_Authority";
    public const string BlackAndWhite = "Black-and-White_Fallacy";
    public const string ThoughtTerminatingCliches = "Thought-terminating_Cliches";
    public const string Whataboutism = "Whataboutism,Straw_Men,Red_Herring";
    public const string BandwagonReductio = "Bandwagon,Reductio_ad_hitlerum";

    /// <summary>All labels in a fixed order (the order of the issue), which is the model's class order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        LoadedLanguage, NameCalling, Repetition, Exaggeration, Doubt, AppealToFear, FlagWaving,
        CausalOversimplification, Slogans, AppealToAuthority, BlackAndWhite, ThoughtTerminatingCliches,
        Whataboutism, BandwagonReductio,
    ];

    /// <summary>Class id of <paramref name="name"/>, or -1 when it is not one of the 14 labels.</summary>
    public static int IndexOf(string name)
    {
        for (int i = 0; i < All.Count; i++)
            if (string.Equals(All[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>A short reader-facing name, e.g. "Name calling, labeling".</summary>
    public static string Display(string name) => name.Replace('_', ' ').Replace(",", ", ", StringComparison.Ordinal);
}

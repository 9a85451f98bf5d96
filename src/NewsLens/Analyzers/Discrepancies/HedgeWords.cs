namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// Evidential hedges: words that say a statement rests on report or belief, not on the writer's knowledge
/// ("reportedly", "allegedly", "is believed to", "according to reports"). Modal verbs are <see cref="ModalWords"/>.
/// </summary>
internal static class HedgeWords
{
    private static readonly string[] Single =
    [
        "reportedly", "allegedly", "alleged", "apparently", "purportedly", "supposedly", "seemingly", "ostensibly",
        "unconfirmed", "unverified", "suspected", "rumoured", "rumored", "presumably",
    ];

    private static readonly string[] BeforeTo = ["believed", "thought", "said", "understood", "rumoured", "alleged", "reported", "appears", "appeared", "appear", "seems", "seemed", "seem", "claimed"];

    private static readonly string[] Passive = ["believed", "thought", "understood", "alleged"];

    /// <summary>True when an attribution's cue opens with a one-word hedge ("reportedly", "reportedly includes"): the
    /// extractor's cue, but no one speaks.</summary>
    public static bool IsHedgeCue(string cue) => Single.Contains(cue.Trim().Split(' ')[0].ToLowerInvariant());

    public static PhraseList List { get; } = new(
        Single.Select(w => (w, "hedge"))
            .Concat(BeforeTo.Select(w => ($"{w} to", "hedge")))
            .Concat(new[] { "is", "are", "was", "were", "been" }.SelectMany(b => Passive.Select(p => ($"{b} {p}", "hedge"))))
            .Concat(new[] { "according to reports", "according to unconfirmed reports", "reports say", "reports said", "reports suggest",
                "reports suggested", "not independently verified", "could not be verified", "could not be independently verified" }
                .Select(p => (p, "hedge"))));
}

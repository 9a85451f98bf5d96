namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// Modal words by the stance they take: <c>possible</c> ("may", "could", "likely"), <c>predicted</c> ("will",
/// "would": reported speech turns one into the other), <c>necessary</c> ("must", "has to") and <c>advised</c>
/// ("should"). A statement with none asserts.
/// </summary>
internal static class ModalWords
{
    public const string Possible = "possible";
    public const string Predicted = "predicted";
    public const string Necessary = "necessary";
    public const string Advised = "advised";

    public static PhraseList List { get; } = new(
        new[] { "may", "might", "could", "can", "cannot", "can't", "couldn't", "mightn't", "possibly", "perhaps", "maybe",
            "potentially", "likely", "unlikely", "probably", "conceivably" }.Select(w => (w, Possible))
        .Concat(new[] { "will", "won't", "would", "wouldn't", "shall", "'ll", "going to", "set to" }.Select(w => (w, Predicted)))
        .Concat(new[] { "must", "mustn't", "have to", "has to", "had to", "need to", "needs to", "required to" }.Select(w => (w, Necessary)))
        .Concat(new[] { "should", "shouldn't", "ought to" }.Select(w => (w, Advised))));
}

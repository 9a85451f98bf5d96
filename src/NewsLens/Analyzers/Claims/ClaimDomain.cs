namespace NewsLens.Analyzers.Claims;

/// <summary>The kind of text a unit comes from; the model keeps domain-specific weights beside shared ones.</summary>
public enum ClaimDomain
{
    /// <summary>Sentences of articles (trained on ClaimBuster's debate sentences, scored in isolation).</summary>
    Sentence = 0,
    /// <summary>Lines of a debate or speech transcript, with speaker and neighbouring lines (CheckThat! debates).</summary>
    Transcript = 1,
    /// <summary>Tweets (CheckThat! tweets).</summary>
    Tweet = 2,
}

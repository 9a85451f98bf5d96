namespace NewsLens.Analyzers.Claims;

/// <summary>What kind of statement a sentence makes, from a fact-checker's point of view.</summary>
public enum ClaimClass
{
    /// <summary>A factual claim worth checking: the score reached the model's threshold for its domain.</summary>
    CheckWorthy,
    /// <summary>A factual statement (numbers, names, reported events) not ranked as worth checking.</summary>
    OtherFactual,
    /// <summary>An opinion, judgement or feeling.</summary>
    Opinion,
    /// <summary>A question.</summary>
    Question,
    /// <summary>Anything else: greetings, fragments, procedure.</summary>
    Other,
}

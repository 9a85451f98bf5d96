namespace NewsLens.Analyzers.Claims;

/// <summary>A cue found in a sentence that makes it more likely to be a checkable claim.</summary>
public enum ClaimReason
{
    /// <summary>It states a quantity (count, money, percentage, measure or date).</summary>
    Quantity,
    /// <summary>It names a person, organisation, place or other entity (a capitalised word inside the sentence).</summary>
    NamedEntity,
    /// <summary>It compares ("more than", "the highest", "doubled").</summary>
    Comparison,
    /// <summary>It asserts a cause or consequence ("because", "led to", "due to").</summary>
    CausalLink,
    /// <summary>It predicts or promises ("will", "plans to", "pledged").</summary>
    PredictionOrPromise,
    /// <summary>It reports what someone said ("said", "according to"), or the attributions layer attributes it.</summary>
    Attribution,
}

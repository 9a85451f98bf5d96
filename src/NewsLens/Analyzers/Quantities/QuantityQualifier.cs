namespace NewsLens.Analyzers.Quantities;

/// <summary>How the stated number relates to the true value.</summary>
public enum QuantityQualifier
{
    /// <summary>The number as stated: <c>=</c>.</summary>
    Exact,
    /// <summary>"about", "around", "some", "an estimated": <c>~</c>.</summary>
    About,
    /// <summary>"nearly", "almost", "just under", "fewer than", "less than", "below": <c>&lt;</c>.</summary>
    LessThan,
    /// <summary>"up to", "at most", "no more than", "as many as": <c>&lt;=</c>.</summary>
    AtMost,
    /// <summary>"more than", "over", "above", "upwards of": <c>&gt;</c>.</summary>
    MoreThan,
    /// <summary>"at least", "a minimum of": <c>&gt;=</c>.</summary>
    AtLeast,
    /// <summary>A range: "five to eight", "between 10 and 20", and vague amounts such as "dozens" or "a few hundred".</summary>
    Range,
}

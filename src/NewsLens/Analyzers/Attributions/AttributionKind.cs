namespace NewsLens.Analyzers.Attributions;

/// <summary>How the attributed content is reported.</summary>
public enum AttributionKind
{
    /// <summary>Reported speech without quote marks ("officials said the plan would fail").</summary>
    Indirect,
    /// <summary>The whole content is a quotation in quote marks.</summary>
    Direct,
    /// <summary>Paraphrase that embeds quoted words ("she called the plan a \"disaster\"").</summary>
    Mixed,
    /// <summary>A quotation set as its own paragraph(s) after its introduction ("X said:").</summary>
    Block,
}

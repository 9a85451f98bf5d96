namespace NewsLens.Analyzers.Techniques;

/// <summary>Settings of <see cref="TechniqueTagger"/>.</summary>
public sealed record TechniqueOptions
{
    /// <summary>Spans whose <see cref="TechniqueSpan.Confidence"/> is below this (in [0, 1]) are dropped. Default 0: keep every span the model finds.</summary>
    public double MinConfidence { get; init; }

    /// <summary>
    /// Load the encoder model (<see cref="TechniqueModel.EncoderSpec"/>), which reads the shared encoder's vectors: the
    /// accurate pipeline. False: the fast model over words and clusters alone.
    /// </summary>
    public bool UseEncoder { get; init; }
}

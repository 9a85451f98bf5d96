namespace NewsLens.Analyzers.Claims;

/// <summary>Cheap cues of one unit, found while featurising it; they give the claim's reasons and class.</summary>
internal struct UnitCues
{
    public CueFlags Flags;
    public int Tokens;
    public int Words;
    public int Entities;
    public int Numbers;
    public int Quantities;
    public int StrongSubjective;
    public float Valence;
    public bool Question;
    /// <summary>Probability of a verifiable factual claim from the model's factual head; NaN without one.</summary>
    public double Factual;
}

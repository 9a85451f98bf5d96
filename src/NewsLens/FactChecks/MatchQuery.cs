namespace NewsLens.FactChecks;

/// <summary>
/// A claim to match, prepared once: its cleaned text, content terms, numbers and names, and its sentence vector
/// (empty when matching is lexical only).
/// </summary>
public sealed class MatchQuery
{
    /// <param name="text">the claim or tweet as written (it is cleaned here).</param>
    /// <param name="vector">the unit vector of the cleaned text, or null for lexical matching.</param>
    /// <param name="partVectors">unit vectors of <see cref="MatchText.Parts"/> of the cleaned text, when it has several.</param>
    public MatchQuery(string text, float[]? vector = null, IReadOnlyList<float[]>? partVectors = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = MatchText.CleanQuery(text);
        Terms = MatchText.Terms(Text);
        TermSet = new HashSet<string>(Terms, StringComparer.Ordinal);
        Numbers = MatchText.Numbers(Text);
        Names = MatchText.Names(Text);
        Vector = vector ?? [];
        PartVectors = partVectors ?? [];
    }

    /// <summary>The sentence vectors of a query of several sentences (empty for one).</summary>
    public IReadOnlyList<float[]> PartVectors { get; }

    public string Text { get; }
    public IReadOnlyList<string> Terms { get; }
    public HashSet<string> TermSet { get; }
    public HashSet<string> Numbers { get; }
    public HashSet<string> Names { get; }
    public float[] Vector { get; }
}

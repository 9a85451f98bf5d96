namespace NewsLens.FactChecks;

/// <summary>
/// A claim to match, prepared once: its cleaned text, content terms, numbers and names, and its sentence vector
/// (empty when matching is lexical only).
/// </summary>
public sealed class MatchQuery
{
    public MatchQuery(string text, float[]? vector = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = MatchText.CleanQuery(text);
        Terms = MatchText.Terms(Text);
        TermSet = new HashSet<string>(Terms, StringComparer.Ordinal);
        Numbers = MatchText.Numbers(Text);
        Names = MatchText.Names(Text);
        Vector = vector ?? [];
    }

    public string Text { get; }
    public IReadOnlyList<string> Terms { get; }
    public HashSet<string> TermSet { get; }
    public HashSet<string> Numbers { get; }
    public HashSet<string> Names { get; }
    public float[] Vector { get; }
}

using System.Text;
using NewsLens.Text;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// Builds one document from many short texts (transcript lines, tweets, standalone sentences) so they share one
/// segmentation pass; each text becomes one <see cref="ClaimUnit"/> covering exactly its own tokens.
/// </summary>
public static class ClaimDocuments
{
    /// <summary>
    /// Joins <paramref name="texts"/> with blank lines and returns the document with one unit per text, in order.
    /// <paramref name="speakers"/>, when given, has one speaker (or null) per text.
    /// </summary>
    public static (Document Document, ClaimUnit[] Units) FromTexts(IReadOnlyList<string> texts, IReadOnlyList<string?>? speakers = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (speakers is not null && speakers.Count != texts.Count) throw new ArgumentException("one speaker per text is needed", nameof(speakers));
        var sb = new StringBuilder();
        var starts = new int[texts.Count];
        var ends = new int[texts.Count];
        for (int i = 0; i < texts.Count; i++)
        {
            if (i > 0) sb.Append("\n\n");
            // why: a blank line inside a text would not split it (units are by offset), but tabs and CRs are just spaces here
            starts[i] = sb.Length;
            sb.Append(texts[i]);
            ends[i] = sb.Length;
        }
        var doc = Document.Create(sb.ToString());
        var tokens = doc.Tokens;
        var units = new ClaimUnit[texts.Count];
        int t = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            while (t < tokens.Count && tokens[t].Start < starts[i]) t++;
            int first = t;
            while (t < tokens.Count && tokens[t].End <= ends[i]) t++;
            units[i] = new ClaimUnit(first, t - first, speakers?[i]);
        }
        return (doc, units);
    }
}

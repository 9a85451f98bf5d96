using System.Globalization;
using System.Text;
using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Writes attributions as brat standoff in the PolNeAR scheme: T lines of type Source, Cue, Content and an
/// Attribution trigger on the cue, tied by an E line <c>Attribution:Tn Content:Tn Cue:Tn Source:Tn</c>
/// (<c>Attribution-no-source</c> when there is no source). Offsets are code points, end exclusive; fragments are
/// separated by ';'. Thread-safe (no state).
/// </summary>
public static class BratWriter
{
    public static string Write(string text, IReadOnlyList<Attribution> attributions)
    {
        var map = new CodePointMap(text);
        var sb = new StringBuilder();
        int t = 0, e = 0;
        string T(string type, IReadOnlyList<TextSpan> frags)
        {
            string id = "T" + (++t).ToString(CultureInfo.InvariantCulture);
            var offs = string.Join(';', frags.Select(f => string.Create(CultureInfo.InvariantCulture, $"{map.ToCodePoint(f.Start)} {map.ToCodePoint(f.End)}")));
            var body = string.Join(' ', frags.Select(f => text.Substring(f.Start, f.Length).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ')));
            sb.Append(id).Append('\t').Append(type).Append(' ').Append(offs).Append('\t').Append(body).Append('\n');
            return id;
        }
        foreach (var a in attributions)
        {
            string? src = a.Source is { } s ? T("Source", [s]) : null;
            string cue = T("Cue", [a.Cue]);
            string content = T("Content", a.ContentParts);
            string trigger = src is null ? "Attribution-no-source" : "Attribution";
            string att = T(trigger, [a.Cue]);
            sb.Append('E').Append((++e).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(trigger).Append(':').Append(att).Append(" Content:").Append(content).Append(" Cue:").Append(cue);
            if (src is not null) sb.Append(" Source:").Append(src);
            sb.Append('\n');
        }
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using NewsLens.Analyzers.Attributions;
using NewsLens.Text;

namespace NewsLens.Training.Attributions;

/// <summary>
/// Scores predicted attribution relations against gold ones, per role (source, cue, content) and for whole relations.
/// A span is its list of fragments, each trimmed of white space, with fragments that only white space separates merged.
/// Exact: equal fragment lists. Overlap: the spans share at least one character. Matching is one-to-one (greedy, in
/// text order), so a predicted span can match at most one gold span. "all" counts a relation as matched when its cue
/// and content match and its sources match too (both absent counts as a match). Not thread-safe: accumulate, then read.
/// </summary>
public sealed class AttributionScorer
{
    private static readonly string[] Roles = ["source", "cue", "content", "all"];
    private readonly Dictionary<(string Role, bool Exact), int[]> _counts = [];

    public AttributionScorer()
    {
        foreach (var r in Roles) { _counts[(r, true)] = new int[4]; _counts[(r, false)] = new int[4]; }
    }

    /// <summary>Adds one text's predicted and gold relations.</summary>
    public void Add(string text, IReadOnlyList<GoldRelation> predicted, IReadOnlyList<GoldRelation> gold)
    {
        foreach (bool exact in new[] { true, false })
        {
            AddRole(text, "source", exact, predicted.Where(r => r.Source.Count > 0).Select(r => r.Source).ToList(), gold.Where(r => r.Source.Count > 0).Select(r => r.Source).ToList());
            AddRole(text, "cue", exact, predicted.Select(r => r.Cue).ToList(), gold.Select(r => r.Cue).ToList());
            AddRole(text, "content", exact, predicted.Select(r => r.Content).ToList(), gold.Select(r => r.Content).ToList());
            var c = _counts[("all", exact)];
            c[0] += predicted.Count;
            c[1] += gold.Count;
            int m = MatchRelations(text, predicted, gold, exact);
            c[2] += m;
            c[3] += m;
        }
    }

    public SpanScore Score(string role, bool exact)
    {
        var c = _counts[(role, exact)];
        return new SpanScore(role, exact ? "exact" : "overlap", c[0], c[1], c[2], c[3]);
    }

    public IEnumerable<SpanScore> All() => Roles.SelectMany(r => new[] { Score(r, true), Score(r, false) });

    /// <summary>A plain-text table of P/R/F1 per role and matching rule.</summary>
    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("role     match    pred   gold      P      R     F1");
        foreach (var s in All())
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{s.Role,-8} {s.Match,-7} {s.Predicted,6} {s.Gold,6} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000}"));
        return sb.ToString();
    }

    private void AddRole(string text, string role, bool exact, List<IReadOnlyList<TextSpan>> pred, List<IReadOnlyList<TextSpan>> gold)
    {
        var c = _counts[(role, exact)];
        c[0] += pred.Count;
        c[1] += gold.Count;
        var p = pred.Select(x => Normalize(text, x)).ToList();
        var g = gold.Select(x => Normalize(text, x)).ToList();
        var used = new bool[g.Count];
        int m = 0;
        foreach (var ps in p)
        {
            for (int j = 0; j < g.Count; j++)
            {
                if (used[j] || !Matches(ps, g[j], exact)) continue;
                used[j] = true;
                m++;
                break;
            }
        }
        c[2] += m;
        c[3] += m;
    }

    private static int MatchRelations(string text, IReadOnlyList<GoldRelation> pred, IReadOnlyList<GoldRelation> gold, bool exact)
    {
        var used = new bool[gold.Count];
        int m = 0;
        foreach (var pr in pred)
        {
            var pc = Normalize(text, pr.Cue); var pt = Normalize(text, pr.Content); var ps = Normalize(text, pr.Source);
            for (int j = 0; j < gold.Count; j++)
            {
                if (used[j]) continue;
                var g = gold[j];
                if (!Matches(pc, Normalize(text, g.Cue), exact) || !Matches(pt, Normalize(text, g.Content), exact)) continue;
                var gs = Normalize(text, g.Source);
                if (ps.Count == 0 != (gs.Count == 0)) continue;
                if (ps.Count > 0 && !Matches(ps, gs, exact)) continue;
                used[j] = true;
                m++;
                break;
            }
        }
        return m;
    }

    private static bool Matches(List<TextSpan> a, List<TextSpan> b, bool exact)
    {
        if (exact) return a.SequenceEqual(b);
        foreach (var x in a) foreach (var y in b) if (x.Overlaps(y)) return true;
        return false;
    }

    /// <summary>Trims each fragment of white space and merges fragments separated only by white space.</summary>
    public static List<TextSpan> Normalize(string text, IReadOnlyList<TextSpan> fragments)
    {
        var list = new List<TextSpan>(fragments.Count);
        foreach (var f in fragments.OrderBy(f => f.Start))
        {
            int s = f.Start, e = Math.Min(f.End, text.Length);
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e <= s) continue;
            if (list.Count > 0)
            {
                var last = list[^1];
                bool gapIsSpace = true;
                for (int i = last.End; i < s && gapIsSpace; i++) gapIsSpace = char.IsWhiteSpace(text[i]);
                if (s <= last.End || gapIsSpace) { list[^1] = new TextSpan(last.Start, Math.Max(last.End, e)); continue; }
            }
            list.Add(new TextSpan(s, e));
        }
        return list;
    }
}

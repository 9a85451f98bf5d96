using System.Collections.Frozen;
using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Hand-written patterns for the rare techniques, each pointing at one technique. When one fires on a span it adds
/// a fixed offset to that technique's score, in training and at prediction alike (the model learns the rest around
/// it), and it names itself in the span's reason. Written for NewsLens.
/// </summary>
internal static class TechniqueRules
{
    public const double Offset = 1.5;

    public readonly record struct Rule(string Name, int Technique, Func<string[], bool> Matches);

    private static readonly FrozenSet<string> Extremists = FrozenSet.ToFrozenSet(
        ["hitler", "hitler's", "nazi", "nazis", "fascist", "fascists", "fascism", "gestapo", "stalin", "stalinist", "kkk", "goebbels", "third reich"]);
    private static readonly FrozenSet<string> Crowd = FrozenSet.ToFrozenSet(["everyone", "everybody", "millions", "majority", "all americans"]);
    private static readonly FrozenSet<string> CrowdVerbs = FrozenSet.ToFrozenSet(["knows", "agrees", "agree", "joined", "join", "supports", "support", "believes", "believe", "wants", "want"]);
    private static readonly FrozenSet<string> Experts = FrozenSet.ToFrozenSet(
        ["expert", "experts", "scientist", "scientists", "professor", "doctors", "study", "studies", "researchers", "pope"]);
    private static readonly FrozenSet<string> Patriotic = FrozenSet.ToFrozenSet(["patriot", "patriots", "patriotic", "flag", "homeland", "motherland", "fatherland"]);
    private static readonly FrozenSet<string> Cliches = FrozenSet.ToFrozenSet(
        ["enough said", "it is what it is", "end of story", "period", "rules are rules", "simple as that", "that's that", "nothing more to say", "case closed", "so be it"]);

    private static bool Has(string[] w, FrozenSet<string> set) => w.Any(set.Contains);
    private static bool Phrase(string[] w, string a, string b)
    {
        for (int i = 0; i + 1 < w.Length; i++) if (w[i] == a && w[i + 1] == b) return true;
        return false;
    }

    public static readonly Rule[] All =
    [
        new("comparison with Nazis or dictators", 13, w => Has(w, Extremists)),
        new("appeal to what everyone does or thinks", 13, w => Has(w, Crowd) && Has(w, CrowdVerbs)),
        new("either-or framing", 10, w => (w.Contains("either") && w.Contains("or")) || Phrase(w, "only", "two") || Phrase(w, "no", "alternative") || Phrase(w, "no", "other")),
        new("'what about' deflection or hypocrisy charge", 12, w => Phrase(w, "what", "about") || w.Contains("hypocrisy") || w.Contains("hypocrites") || Phrase(w, "double", "standard")),
        new("experts or studies invoked", 9, w => Has(w, Experts) || Phrase(w, "according", "to")),
        new("single cause ('because', 'caused by')", 7, w => w.Contains("because") || Phrase(w, "caused", "by") || Phrase(w, "due", "to") || w.Contains("therefore")),
        new("stock closing phrase", 11, w => w.Length <= 6 && Cliches.Contains(string.Join(' ', w.Where(x => x.Any(char.IsLetter))))),
        new("patriotic words", 6, w => Has(w, Patriotic) || Phrase(w, "our", "nation") || Phrase(w, "our", "country")),
    ];

    /// <summary>Lower-cased tokens of the span (punctuation kept, curly apostrophes straightened).</summary>
    public static string[] Words(Document doc, int first, int end)
    {
        var w = new string[Math.Max(0, end - first)];
        for (int i = first; i < end; i++)
        {
            var t = doc.Tokens[i];
            // why: only word tokens can match; punctuation is kept as a shared placeholder to keep positions
            if (t.Kind != TokenKind.Word) { w[i - first] = "\u0001"; continue; }
            var lower = doc[t.Span].ToLowerInvariant();
            w[i - first] = lower.Contains('\u2019') ? lower.Replace('\u2019', '\'') : lower;
        }
        return w;
    }

    /// <summary>Adds the offsets of the rules that fire on <paramref name="span"/> to <paramref name="scores"/>; returns the rules' bit mask.</summary>
    public static int Apply(ArticleFeatures a, TextSpan span, Span<double> scores)
    {
        var (first, end) = SpanFeaturizer.TokenRange(a.Document, span);
        if (end <= first) return 0;
        // why: most spans hold no word any rule looks at; skip the per-word strings for them
        bool any = false;
        for (int i = first; i < end && !any; i++) any = a.Cues[i] != 0 || a.Document.Tokens[i].Kind == TokenKind.Word && IsRuleWord(a.Document.AsSpan(a.Document.Tokens[i].Span));
        if (!any) return 0;
        var words = Words(a.Document, first, end);
        int fired = 0;
        for (int k = 0; k < All.Length; k++)
            if (All[k].Matches(words)) { scores[All[k].Technique] += Offset; fired |= 1 << k; }
        return fired;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RuleWords = FrozenSet.ToFrozenSet(
        Extremists.Concat(Crowd).Concat(CrowdVerbs).Concat(Experts).Concat(Patriotic)
            .Concat(["either", "only", "no", "what", "hypocrisy", "hypocrites", "double", "according", "because", "caused", "due", "therefore",
                     "enough", "it", "end", "period", "rules", "simple", "that's", "that\u2019s", "nothing", "case", "so", "our"]),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsRuleWord(ReadOnlySpan<char> w) => RuleWords.Contains(w);

    /// <summary>Names of the rules in <paramref name="fired"/> (a mask from <see cref="Apply"/>) that point at <paramref name="technique"/>.</summary>
    public static IEnumerable<string> Names(int fired, int technique)
    {
        for (int k = 0; k < All.Length; k++)
            if ((fired & (1 << k)) != 0 && All[k].Technique == technique) yield return All[k].Name;
    }
}

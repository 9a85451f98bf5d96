using NewsLens.Lexical;
using System.Text;
using NewsLens.Text;

namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Builds the short reason shown with a technique span: the cue words of the technique's family found in or next to
/// the span, its loaded words (lexicon hits), and repetition or punctuation patterns, all checkable in the text.
/// </summary>
internal static class TechniqueExplainer
{
    // Cue groups that speak for each technique, in TechniqueNames.All order.
    private static readonly int[][] GroupsFor =
    [
        [CueWords.Intensity],                          // Loaded_Language
        [CueWords.Extremes],                           // Name_Calling
        [],                                            // Repetition
        [CueWords.Intensity, CueWords.Crowd],          // Exaggeration
        [CueWords.Doubt],                              // Doubt
        [CueWords.Fear],                               // Appeal_to_fear
        [CueWords.Nation],                             // Flag-Waving
        [CueWords.Cause],                              // Causal_Oversimplification
        [CueWords.Slogan, CueWords.Nation],            // Slogans
        [CueWords.Authority],                          // Appeal_to_Authority
        [CueWords.Dichotomy],                          // Black-and-White
        [CueWords.Closure],                            // Thought-terminating
        [CueWords.Deflection],                         // Whataboutism
        [CueWords.Crowd, CueWords.Extremes],           // Bandwagon, Reductio
    ];

    // firedRules: mask of the TechniqueRules that fired on the span (from TechniqueRules.Apply).
    public static string Explain(ArticleFeatures a, TextSpan span, int label, int firedRules = 0)
    {
        var doc = a.Document;
        var (first, end) = SpanFeaturizer.TokenRange(doc, span);
        var parts = new List<string>(4);
        if (end <= first) return "learned from the wording around it";

        var (total, _) = SpanFeaturizer.Occurrences(a, first, end);
        if (total >= 2) parts.Add($"the same words occur {total} times in the article");
        else if (label == 2)
        {
            var repeated = Words(a, first, end, i => a.WordCount[i] >= 2, 3);
            if (repeated.Count > 0) parts.Add("words repeated elsewhere in the article: " + Quote(repeated));
        }

        foreach (var rule in TechniqueRules.Names(firedRules, label)) parts.Add("pattern: " + rule);

        int groupMask = 0;
        foreach (int g in GroupsFor[label]) groupMask |= 1 << g;
        var s = doc.Sentences[a.SentenceOf[first]];
        int from = Math.Max(s.FirstToken, first - 5), to = Math.Min(s.FirstToken + s.TokenCount, end + 5);
        var cues = Words(a, from, to, i => (a.Cues[i] & groupMask) != 0, 3);
        if (cues.Count > 0)
        {
            var names = GroupsFor[label].Select(g => CueWords.GroupNames[g]);
            parts.Add($"{string.Join("/", names)} cue words: {Quote(cues)}");
        }

        var loaded = Words(a, first, end, i => IsClearlyLoaded(a.Lex[i]), 3);
        if (loaded.Count > 0) parts.Add("loaded words: " + Quote(loaded));

        if (a.SentenceQuestion[a.SentenceOf[first]] && label is 4 or 12) parts.Add("posed as a question");
        if (span.End < doc.Text.Length && doc.AsSpan(span).Contains('!') || span.End < doc.Text.Length && doc.Text[span.End] == '!')
            parts.Add("exclamation");
        if (parts.Count == 0) parts.Add("learned from the span's wording and context (no listed cue word)");
        return string.Join("; ", parts);
    }

    // why: a reason should name words a reader agrees are loaded; one weak list membership (e.g. "city" in a bias
    // list) is not enough, so ask for a strong valence or two independent lists
    private static bool IsClearlyLoaded(LexiconCategory f)
    {
        if ((f & (LexiconCategory.Intense | LexiconCategory.Insult)) != 0) return true;
        bool polar = (f & (LexiconCategory.Positive | LexiconCategory.Negative)) != 0;
        bool listed = (f & (LexiconCategory.BiasRecasens | LexiconCategory.Intensifier)) != 0;
        return listed && polar;
    }

    private static List<string> Words(ArticleFeatures a, int from, int to, Func<int, bool> keep, int max)
    {
        var list = new List<string>(max);
        var seen = new HashSet<uint>();
        for (int i = from; i < to && list.Count < max; i++)
            if (a.Shape[i] <= ArticleFeatures.ShapeAllCaps && keep(i) && seen.Add(a.Hash[i]))
                list.Add(a.Document[a.Document.Tokens[i].Span]);
        return list;
    }

    private static string Quote(List<string> words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words.Count; i++) sb.Append(i > 0 ? ", '" : "'").Append(words[i]).Append('\'');
        return sb.ToString();
    }
}

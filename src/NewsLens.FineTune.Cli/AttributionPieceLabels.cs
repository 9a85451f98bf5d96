using NewsLens.Encoders.Tokenization;
using NewsLens.FineTune.TokenClassification;
using NewsLens.Text;
using NewsLens.Training.Attributions;

namespace NewsLens.FineTune.Cli;

/// <summary>
/// PolNeAR texts as word-piece tagging examples for attribution: each token is O (0), or B/I of a cue (1/2), a source
/// (3/4) or a content (5/6). Where relations overlap (a content holding another relation's cue), the cue wins over the
/// source and the source over the content. A text annotated by several people counts once (its first file).
/// </summary>
internal static class AttributionPieceLabels
{
    public const int Classes = 7;
    private const int Cue = 1, Source = 3, Content = 5;

    public static List<TokenClassificationExample> Build(IEnumerable<AnnotatedText> texts, WordPieceTokenizer tokenizer, int window, int task)
    {
        var examples = new List<TokenClassificationExample>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in texts)
        {
            if (!seen.Add(t.Text)) continue;
            var doc = Document.Create(t.Text);
            PieceWindows.Cut(doc, TokenLabels(doc, t), tokenizer, window, task, examples);
        }
        return examples;
    }

    internal static int[] TokenLabels(Document doc, AnnotatedText t)
    {
        var labels = new int[doc.Tokens.Count];
        foreach (var role in new[] { Content, Source, Cue })
            foreach (var r in t.Relations)
            {
                var frags = AttributionScorer.Normalize(t.Text, role switch { Cue => r.Cue, Source => r.Source, _ => r.Content });
                foreach (var f in frags)
                {
                    bool begun = false;
                    // why: a token is in a span when its middle is (as the technique labels count it)
                    for (int i = FirstEndingAfter(doc, f.Start); i < doc.Tokens.Count && doc.Tokens[i].Start < f.End; i++)
                    {
                        int mid = (doc.Tokens[i].Start + doc.Tokens[i].End) / 2;
                        if (mid < f.Start || mid >= f.End) continue;
                        labels[i] = begun ? role + 1 : role;
                        begun = true;
                    }
                }
            }
        return labels;
    }

    private static int FirstEndingAfter(Document doc, int pos)
    {
        int lo = 0, hi = doc.Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Tokens[mid].End <= pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

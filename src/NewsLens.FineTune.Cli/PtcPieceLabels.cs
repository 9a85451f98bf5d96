using NewsLens.Encoders.Tokenization;
using NewsLens.FineTune.TokenClassification;
using NewsLens.Text;
using NewsLens.Training.Techniques;

namespace NewsLens.FineTune.Cli;

/// <summary>
/// PTC articles as word-piece tagging examples for span identification: each token is O (0), B (1, first token of a
/// technique span) or I (2, inside one), a token being inside when its middle is (as the SI trainer counts it), cut
/// into windows by <see cref="PieceWindows"/>.
/// </summary>
internal static class PtcPieceLabels
{
    public const int Classes = 3;

    public static List<TokenClassificationExample> Build(IEnumerable<PtcArticle> articles, WordPieceTokenizer tokenizer, int window, int task = 0)
    {
        var examples = new List<TokenClassificationExample>();
        foreach (var art in articles)
        {
            var doc = Document.Create(art.Text);
            PieceWindows.Cut(doc, TokenLabels(doc, art), tokenizer, window, task, examples);
        }
        return examples;
    }

    private static int[] TokenLabels(Document doc, PtcArticle art)
    {
        var labels = new int[doc.Tokens.Count];
        foreach (var s in art.SiSpans.Select(art.ToUtf16).Where(s => !s.IsEmpty))
        {
            bool begun = false;
            for (int i = 0; i < doc.Tokens.Count; i++)
            {
                var t = doc.Tokens[i];
                int mid = (t.Start + t.End) / 2;
                if (mid < s.Start || mid >= s.End) continue;
                // why: overlapping gold spans merge; a token already inside stays inside
                if (labels[i] == 0) labels[i] = begun ? 2 : 1;
                begun = true;
            }
        }
        return labels;
    }
}

using NewsLens.Encoders.Tokenization;
using NewsLens.FineTune.TokenClassification;
using NewsLens.Text;
using NewsLens.Training.Techniques;

namespace NewsLens.FineTune.Cli;

/// <summary>
/// PTC articles as word-piece tagging examples for span identification: each token is O (0), B (1, first token of a
/// technique span) or I (2, inside one), a token being inside when its middle is (as the SI trainer counts it). The
/// label sits on the token's first piece; later pieces, [CLS] and [SEP] are ignored. Articles are cut into windows of
/// at most <c>window − 2</c> pieces, never across a sentence when a sentence fits.
/// </summary>
internal static class PtcPieceLabels
{
    public const int Classes = 3;

    public static List<TokenClassificationExample> Build(IEnumerable<PtcArticle> articles, WordPieceTokenizer tokenizer, int window)
    {
        var examples = new List<TokenClassificationExample>();
        foreach (var art in articles)
        {
            var doc = Document.Create(art.Text);
            var tokenLabels = TokenLabels(doc, art);
            var pieces = tokenizer.Tokenize(doc);
            int content = window - 2, at = 0;
            while (at < pieces.Length)
            {
                int end = Math.Min(pieces.Length, at + content);
                // why: a window ending mid-sentence cuts the context a tag depends on; end at a sentence start if one is in the last half
                if (end < pieces.Length)
                {
                    for (int k = end; k > at + content / 2; k--)
                    {
                        int t = pieces[k].TokenIndex;
                        if (doc.Sentences[doc.SentenceIndexAt(doc.Tokens[t].Start)].FirstToken == t && (k == 0 || pieces[k - 1].TokenIndex != t)) { end = k; break; }
                    }
                }
                var ids = new long[end - at + 2];
                var labels = new int[ids.Length];
                ids[0] = tokenizer.Vocab.Cls;
                labels[0] = TokenClassificationExample.Ignore;
                for (int k = at; k < end; k++)
                {
                    ids[k - at + 1] = pieces[k].Id;
                    bool first = k == 0 || pieces[k - 1].TokenIndex != pieces[k].TokenIndex;
                    labels[k - at + 1] = first ? tokenLabels[pieces[k].TokenIndex] : TokenClassificationExample.Ignore;
                }
                ids[^1] = tokenizer.Vocab.Sep;
                labels[^1] = TokenClassificationExample.Ignore;
                examples.Add(new TokenClassificationExample(ids, labels));
                at = end;
            }
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

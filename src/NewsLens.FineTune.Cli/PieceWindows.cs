using NewsLens.Encoders.Tokenization;
using NewsLens.FineTune.TokenClassification;
using NewsLens.Text;

namespace NewsLens.FineTune.Cli;

/// <summary>
/// Cuts a document with one label per token into word-piece training windows: the label sits on the token's first
/// piece; later pieces, [CLS] and [SEP] are ignored. Windows hold at most <c>window − 2</c> pieces and end at a
/// sentence start when one lies in their last half.
/// </summary>
internal static class PieceWindows
{
    public static void Cut(Document doc, int[] tokenLabels, WordPieceTokenizer tokenizer, int window, int task, List<TokenClassificationExample> into)
    {
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
            into.Add(new TokenClassificationExample(ids, labels) { Task = task });
            at = end;
        }
    }
}

using System.Text;
using NewsLens.Text;

namespace NewsLens.Encoders.Tokenization;

/// <summary>
/// BERT-uncased WordPiece over a document's own tokens: lower-case, strip accents, split punctuation and CJK, then
/// greedy longest match with <c>##</c> continuations. Each piece keeps the span of the original text it came from,
/// and never crosses a <see cref="Token"/>. Thread-safe.
/// </summary>
public sealed class WordPieceTokenizer(WordPieceVocab vocab)
{
    /// <summary>BERT's limit: a longer word (in code points) becomes one [UNK].</summary>
    public const int MaxWordLength = 100;

    public WordPieceVocab Vocab { get; } = vocab;

    /// <summary>The pieces of every token of <paramref name="document"/>, in text order; each token has at least one.</summary>
    public WordPiece[] Tokenize(Document document)
    {
        var pieces = new List<WordPiece>(document.Tokens.Count * 2);
        var scratch = new TokenScratch();
        var tokens = document.TokenSpan;
        for (int t = 0; t < tokens.Length; t++)
            AddToken(document.Text, tokens[t].Span, t, scratch, pieces);
        return [.. pieces];
    }

    private void AddToken(string text, TextSpan span, int tokenIndex, TokenScratch s, List<WordPiece> pieces)
    {
        s.Split(text, span);
        s.Starts.Clear();
        s.Ids.Clear();
        foreach (var (from, to) in s.Words) AddWord(s, from, to);
        if (s.Ids.Count == 0)
        {
            // why: a token of dropped characters only (a lone zero-width joiner) still gets a vector
            pieces.Add(new WordPiece(Vocab.Unknown, span, tokenIndex));
            return;
        }
        for (int i = 0; i < s.Ids.Count; i++)
        {
            // why: stretching the first piece to the token's start and each piece to the next one's start makes the
            // pieces tile the token, covering dropped characters (controls, combining marks) in between
            int start = i == 0 ? span.Start : s.Starts[i];
            int end = i + 1 < s.Ids.Count ? s.Starts[i + 1] : span.End;
            pieces.Add(new WordPiece(s.Ids[i], new TextSpan(start, end), tokenIndex));
        }
    }

    // why: greedy longest match as BERT does; a word with no full match becomes a single [UNK], like BERT's
    private void AddWord(TokenScratch s, int from, int to)
    {
        var word = s.Chars.AsSpan(from, to - from);
        int before = s.Ids.Count;
        if (CodePoints(word) > MaxWordLength) { Add(s, Vocab.Unknown, from); return; }
        int at = 0;
        while (at < word.Length)
        {
            int id = -1, end = word.Length;
            for (; end > at; end--)
                if ((id = Vocab.Find(word[at..end], continuation: at > 0)) >= 0) break;
            if (id < 0)
            {
                s.Ids.RemoveRange(before, s.Ids.Count - before);
                s.Starts.RemoveRange(before, s.Starts.Count - before);
                Add(s, Vocab.Unknown, from);
                return;
            }
            Add(s, id, from + at);
            at = end;
        }
    }

    private static void Add(TokenScratch s, int id, int charIndex)
    {
        s.Ids.Add(id);
        s.Starts.Add(s.Sources[charIndex]);
    }

    private static int CodePoints(ReadOnlySpan<char> word)
    {
        int n = 0;
        foreach (var _ in word.EnumerateRunes()) n++;
        return n;
    }
}

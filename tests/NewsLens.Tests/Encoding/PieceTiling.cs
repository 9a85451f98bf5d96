using NewsLens.Encoders.Tokenization;
using NewsLens.Text;

namespace NewsLens.Tests.Encoders;

/// <summary>Checks that word pieces tile the document's tokens: in order, contiguous, each inside its own token.</summary>
internal static class PieceTiling
{
    /// <summary>Null when the pieces tile the tokens, otherwise what is wrong.</summary>
    public static string? Problem(Document doc, IReadOnlyList<WordPiece> pieces)
    {
        int p = 0;
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            var token = doc.Tokens[t];
            if (p >= pieces.Count || pieces[p].TokenIndex != t) return $"token {t} {token.Span} has no piece";
            int at = token.Start;
            for (; p < pieces.Count && pieces[p].TokenIndex == t; p++)
            {
                var span = pieces[p].Span;
                if (!token.Span.Contains(span)) return $"piece {p} {span} outside token {t} {token.Span}";
                if (span.Start != at) return $"piece {p} {span} starts at {span.Start}, expected {at}";
                at = span.End;
            }
            if (at != token.End) return $"pieces of token {t} {token.Span} end at {at}";
        }
        return p == pieces.Count ? null : $"piece {p} names token {pieces[p].TokenIndex} out of order";
    }
}

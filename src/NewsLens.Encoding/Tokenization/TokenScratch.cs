using System.Text;
using NewsLens.Text;

namespace NewsLens.Encoders.Tokenization;

/// <summary>
/// One token's normalised characters, the original offset each came from, and its words; reused across tokens.
/// </summary>
internal sealed class TokenScratch
{
    private readonly List<char> _chars = [];

    public char[] Chars { get; private set; } = [];
    public List<int> Sources { get; } = [];
    public List<(int From, int To)> Words { get; } = [];
    public List<int> Ids { get; } = [];
    public List<int> Starts { get; } = [];

    /// <summary>Normalises <paramref name="span"/> of <paramref name="text"/> code point by code point and splits it into words.</summary>
    public void Split(string text, TextSpan span)
    {
        _chars.Clear();
        Sources.Clear();
        Words.Clear();
        int wordStart = 0;
        for (int i = span.Start; i < span.End;)
        {
            // why: a lone surrogate decodes as invalid and is dropped like any other unassigned code unit
            var status = Rune.DecodeFromUtf16(text.AsSpan(i, span.End - i), out var rune, out int used);
            int at = i;
            i += used;
            if (status != System.Buffers.OperationStatus.Done || BertCharacters.IsDropped(rune)) continue;
            if (BertCharacters.IsWhitespace(rune)) { EndWord(ref wordStart); continue; }
            var folded = AccentFolding.Fold(rune);
            if (folded.Length == 0) continue;
            bool own = BertCharacters.IsOwnWord(rune);
            if (own) EndWord(ref wordStart);
            foreach (char c in folded) { _chars.Add(c); Sources.Add(at); }
            if (own) EndWord(ref wordStart);
        }
        EndWord(ref wordStart);
        Chars = [.. _chars];
    }

    private void EndWord(ref int wordStart)
    {
        if (_chars.Count > wordStart) Words.Add((wordStart, _chars.Count));
        wordStart = _chars.Count;
    }
}

using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>A phrase from a word list found in a sentence, with the label the list gives it.</summary>
internal readonly record struct PhraseMatch(TextSpan Span, string Text, string Label);

/// <summary>Finds the phrases of a word list (lower-case words separated by spaces) in a sentence's words.</summary>
internal sealed class PhraseList
{
    private readonly (string[] Words, string Label)[] _phrases;

    public PhraseList(IEnumerable<(string Phrase, string Label)> phrases) =>
        _phrases = [.. phrases.Select(p => (p.Phrase.Split(' '), p.Label)).OrderByDescending(p => p.Item1.Length)];

    public List<PhraseMatch> Find(Document doc, Sentence sentence)
    {
        var tokens = doc.TokenSpan.Slice(sentence.FirstToken, sentence.TokenCount);
        var words = new string[tokens.Length];
        for (int k = 0; k < tokens.Length; k++) words[k] = doc.AsSpan(tokens[k].Span).ToString().ToLowerInvariant().Replace('’', '\'');
        var found = new List<PhraseMatch>();
        for (int k = 0; k < words.Length; k++)
            foreach (var (phrase, label) in _phrases)
            {
                if (k + phrase.Length > words.Length || !phrase.AsSpan().SequenceEqual(words.AsSpan(k, phrase.Length))) continue;
                var span = new TextSpan(tokens[k].Start, tokens[k + phrase.Length - 1].End);
                found.Add(new PhraseMatch(span, doc[span], label));
                k += phrase.Length - 1;
                break;
            }
        return found;
    }
}

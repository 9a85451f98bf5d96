using System.Collections.Frozen;

namespace NewsLens.Analyzers.Claims;

/// <summary>Cue classes a word can belong to (a word may belong to several).</summary>
[Flags]
internal enum CueFlags
{
    None = 0,
    Comparison = 1 << 0,
    Causal = 1 << 1,
    Prediction = 1 << 2,
    Attribution = 1 << 3,
    FirstPerson = 1 << 4,
    SecondPerson = 1 << 5,
    OpinionVerb = 1 << 6,
    Modal = 1 << 7,
    Negation = 1 << 8,
    Hedge = 1 << 9,
    Interrogative = 1 << 10,
    Courtesy = 1 << 11,
    Superlative = 1 << 12,
    Past = 1 << 13,
}

/// <summary>
/// Cue word lists (written by us) and the VADER valences of the shared <see cref="Lexical.Lexicon"/>.
/// One case-insensitive look-up per token gives its cue flags and valence.
/// </summary>
internal static class ClaimCueWords
{
    public readonly record struct WordInfo(CueFlags Flags, float Valence);

    private static readonly (CueFlags Flag, string Words)[] Lists =
    [
        (CueFlags.Comparison, "than more less fewer most least higher lower highest lowest bigger smaller biggest smallest larger largest greater greatest worse worst better best record increase increased increases increasing decrease decreased decreases rise rose risen rising fell fall fallen falling drop dropped grew grown growth doubled tripled quadrupled halved compared versus twice times percent cut cuts"),
        (CueFlags.Causal, "because cause caused causes causing due result resulted results resulting therefore thus hence consequence consequences led leads blame blamed responsible effect effects impact driven thanks since so-called"),
        (CueFlags.Prediction, "will 'll won't gonna going promise promised promises pledge pledged vow vowed plan plans planned expect expected expects forecast forecasts predict predicted projected intend intends commit committed would shall"),
        (CueFlags.Attribution, "said says say told according reported reports claimed claims stated announced confirmed denied insisted argued added noted warned estimated revealed admitted suggested explained testified wrote tweeted"),
        (CueFlags.FirstPerson, "i me my mine we us our ours i'm i've i'd i'll we're we've we'll"),
        (CueFlags.SecondPerson, "you your yours you're you've"),
        (CueFlags.OpinionVerb, "think believe feel felt guess hope wish want love hate like agree disagree"),
        (CueFlags.Modal, "should must ought need needs can could might may"),
        (CueFlags.Negation, "not no never nobody nothing none n't don't doesn't didn't isn't wasn't aren't weren't can't couldn't won't"),
        (CueFlags.Hedge, "maybe perhaps probably possibly likely seems seem appears apparently somewhat about around roughly almost nearly"),
        (CueFlags.Interrogative, "what why how who whom whose where when which"),
        (CueFlags.Courtesy, "thank thanks hello welcome evening morning applause laughter please congratulations goodbye okay ok yes yeah"),
    ];

    public static readonly FrozenDictionary<string, WordInfo> Words = Build();

    private static FrozenDictionary<string, WordInfo> Build()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var (flag, words) in Lists)
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                d[w] = new WordInfo((d.TryGetValue(w, out var old) ? old.Flags : CueFlags.None) | flag, old.Valence);
        foreach (var (w, v) in Lexical.Lexicon.Embedded.Entries)
        {
            // why: a token is one word of lower-case letters, apostrophes and hyphens (the entries the claims model was trained with)
            if (!(v.Categories.HasFlag(Lexical.LexiconCategory.Sentiment) && IsPlainWord(w))) continue;
            d[w] = new WordInfo(d.TryGetValue(w, out var old) ? old.Flags : CueFlags.None, v.Valence);
        }
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsPlainWord(string w)
    {
        if (w.Length == 0 || w[0] is < 'a' or > 'z') return false;
        foreach (char c in w) if (c is not ((>= 'a' and <= 'z') or '\'' or '-')) return false;
        return true;
    }

    /// <summary>The same entries keyed by <see cref="ClaimFeaturizer.WordHash(ReadOnlySpan{char})"/> of the word, so a token's
    /// hash, computed once, also finds its cues.</summary>
    public static readonly FrozenDictionary<ulong, WordInfo> ByHash =
        Words.GroupBy(kv => ClaimFeaturizer.WordHash(kv.Key)).ToFrozenDictionary(g => g.Key, g => g.First().Value);
}

using System.Collections.Frozen;
using System.Globalization;

namespace NewsLens.Analyzers.Style;

/// <summary>
/// The compiled style word lists (embedded resource <c>Data/style-lexicon.tsv</c>): for a lower-case term, its
/// <see cref="LexiconCategory"/> flags and VADER valence (-4..4, 0 when absent). Phrases of up to three words are
/// looked up with single spaces. Immutable and thread-safe; lookups by span do not allocate.
/// </summary>
public sealed class StyleLexicon
{
    private static readonly Lazy<StyleLexicon> EmbeddedLazy = new(LoadEmbedded);
    private readonly FrozenDictionary<string, (LexiconCategory Categories, float Valence)> _terms;
    private readonly FrozenDictionary<string, (LexiconCategory Categories, float Valence)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseStarts;

    private StyleLexicon(Dictionary<string, (LexiconCategory, float)> terms)
    {
        // why: frozen tables look up faster; the lexicon is read for every word of every article
        _terms = terms.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in terms.Keys)
        {
            int sp = k.IndexOf(' ');
            if (sp > 0) starts.Add(k[..sp]);
        }
        _phraseStarts = starts.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon compiled into this assembly.</summary>
    public static StyleLexicon Embedded => EmbeddedLazy.Value;

    /// <summary>Number of distinct terms.</summary>
    public int Count => _terms.Count;

    /// <summary>Categories and valence of a normalised (lower-case) term or phrase.</summary>
    public (LexiconCategory Categories, float Valence) Lookup(ReadOnlySpan<char> term) =>
        _lookup.TryGetValue(term, out var v) ? v : default;

    /// <summary>True when some phrase of the lexicon starts with this normalised word.</summary>
    public bool StartsPhrase(ReadOnlySpan<char> word) => _phraseStarts.Contains(word);

    /// <summary>Parses the tab-separated format written by the compiler (<c>category, term, score</c>; <c>#</c> comments).</summary>
    public static StyleLexicon Parse(TextReader reader)
    {
        var terms = new Dictionary<string, (LexiconCategory, float)>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 3) throw new InvalidDataException($"style lexicon: bad line '{line}'");
            var cat = CategoryOf(f[0]);
            float score = float.Parse(f[2], CultureInfo.InvariantCulture);
            terms.TryGetValue(f[1], out var cur);
            terms[f[1]] = (cur.Item1 | cat, cat == LexiconCategory.Sentiment ? score : cur.Item2);
        }
        return new StyleLexicon(terms);
    }

    private static LexiconCategory CategoryOf(string name) => name switch
    {
        "vader" => LexiconCategory.Sentiment,
        "subjective.strong" => LexiconCategory.SubjectiveStrong,
        "subjective.weak" => LexiconCategory.SubjectiveWeak,
        "bias.recasens" => LexiconCategory.BiasRecasens,
        "bias.babe" => LexiconCategory.BiasBabe,
        "hedge" => LexiconCategory.Hedge,
        "booster" => LexiconCategory.Booster,
        "assertive" => LexiconCategory.Assertive,
        "factive" => LexiconCategory.Factive,
        "report" => LexiconCategory.Report,
        "insult" => LexiconCategory.Insult,
        "intensifier" => LexiconCategory.Intensifier,
        "moral.care.virtue" => LexiconCategory.CareVirtue,
        "moral.care.vice" => LexiconCategory.CareVice,
        "moral.fairness.virtue" => LexiconCategory.FairnessVirtue,
        "moral.fairness.vice" => LexiconCategory.FairnessVice,
        "moral.loyalty.virtue" => LexiconCategory.LoyaltyVirtue,
        "moral.loyalty.vice" => LexiconCategory.LoyaltyVice,
        "moral.authority.virtue" => LexiconCategory.AuthorityVirtue,
        "moral.authority.vice" => LexiconCategory.AuthorityVice,
        "moral.sanctity.virtue" => LexiconCategory.SanctityVirtue,
        "moral.sanctity.vice" => LexiconCategory.SanctityVice,
        _ => throw new InvalidDataException($"style lexicon: unknown category '{name}'"),
    };

    private static StyleLexicon LoadEmbedded()
    {
        var asm = typeof(StyleLexicon).Assembly;
        using var s = asm.GetManifestResourceStream("NewsLens.Analyzers.Style.Data.style-lexicon.tsv")
            ?? throw new InvalidOperationException("embedded resource style-lexicon.tsv is missing from NewsLens.dll");
        using var r = new StreamReader(s);
        return Parse(r);
    }
}

using System.Collections.Frozen;
using System.Globalization;

namespace NewsLens.Lexical;

/// <summary>
/// The one compiled word-list table (embedded resource <c>Data/lexicon.tsv</c>, written by <c>newslens train lexicon</c>)
/// that the style profile, the technique tagger and the claim scorer read: for a lower-case term, its
/// <see cref="LexiconCategory"/> flags and VADER valence (-4..4, 0 when absent). Phrases of up to three words are
/// looked up with single spaces. Immutable and thread-safe; lookups by span do not allocate.
/// </summary>
public sealed class Lexicon
{
    /// <summary>Logical name of the embedded data file.</summary>
    public const string ResourceName = "NewsLens.Lexical.Data.lexicon.tsv";

    private static readonly Lazy<Lexicon> EmbeddedLazy = new(LoadEmbedded);
    private readonly FrozenDictionary<string, (LexiconCategory Categories, float Valence)> _terms;
    private readonly FrozenDictionary<string, (LexiconCategory Categories, float Valence)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseStarts;

    private Lexicon(Dictionary<string, (LexiconCategory, float)> terms)
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
    public static Lexicon Embedded => EmbeddedLazy.Value;

    /// <summary>SHA-256 of the data the lexicon was read from; models whose features read it record it.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>Every term with its categories and valence, in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, (LexiconCategory Categories, float Valence)>> Entries => _terms;

    /// <summary>Number of distinct terms.</summary>
    public int Count => _terms.Count;

    /// <summary>Categories and valence of a normalised (lower-case) term or phrase.</summary>
    public (LexiconCategory Categories, float Valence) Lookup(ReadOnlySpan<char> term) =>
        _lookup.TryGetValue(term, out var v) ? v : default;

    /// <summary>True when some phrase of the lexicon starts with this normalised word.</summary>
    public bool StartsPhrase(ReadOnlySpan<char> word) => _phraseStarts.Contains(word);

    /// <summary>Parses the tab-separated format written by the compiler (<c>category, term, score</c>; <c>#</c> comments).</summary>
    public static Lexicon Parse(TextReader reader)
    {
        var terms = new Dictionary<string, (LexiconCategory, float)>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 3 || !float.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out float score))
                throw new InvalidDataException($"lexicon: bad line '{line}'");
            var cat = CategoryOf(f[0]);
            if (cat == LexiconCategory.Sentiment) cat |= ValenceClasses(score);
            terms.TryGetValue(f[1], out var cur);
            terms[f[1]] = (cur.Item1 | cat, cat.HasFlag(LexiconCategory.Sentiment) ? score : cur.Item2);
        }
        return new Lexicon(terms);
    }

    private static LexiconCategory ValenceClasses(float v) =>
        (v >= 0.5f ? LexiconCategory.Positive : 0) | (v <= -0.5f ? LexiconCategory.Negative : 0) | (Math.Abs(v) >= 2f ? LexiconCategory.Intense : 0);

    private static LexiconCategory CategoryOf(string name) => name switch
    {
        "vader" => LexiconCategory.Sentiment,
        "bias.recasens" => LexiconCategory.BiasRecasens,
        "hedge" => LexiconCategory.Hedge,
        "booster" => LexiconCategory.Booster,
        "assertive" => LexiconCategory.Assertive,
        "factive" => LexiconCategory.Factive,
        "implicative" => LexiconCategory.Implicative,
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
        _ => throw new InvalidDataException($"lexicon: unknown category '{name}'"),
    };

    private static Lexicon LoadEmbedded()
    {
        using var s = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from NewsLens.Core.dll");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var bytes = ms.ToArray();
        using var r = new StreamReader(new MemoryStream(bytes));
        var lexicon = Parse(r);
        lexicon.Sha256 = Models.ModelFile.Sha256(bytes);
        return lexicon;
    }
}

using System.Collections.Frozen;
using System.Globalization;
using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Paragraphs to leave out of the text features because they recur verbatim across training articles: ads,
/// newsletter prompts, share buttons, sign-offs ("Sponsored", "This promotion is in no way sponsored..."). A
/// paragraph is identified by a 64-bit FNV-1a fingerprint of its lower-cased letters and digits. Immutable.
/// </summary>
public sealed class BoilerplateFilter
{
    private readonly FrozenSet<ulong> _fingerprints;

    public BoilerplateFilter(IEnumerable<ulong> fingerprints) => _fingerprints = fingerprints.ToFrozenSet();

    public static BoilerplateFilter Empty { get; } = new([]);

    public int Count => _fingerprints.Count;

    public IEnumerable<ulong> Fingerprints => _fingerprints.Order();

    public bool IsBoilerplate(Document doc, Paragraph paragraph) =>
        _fingerprints.Count > 0 && _fingerprints.Contains(Fingerprint(doc.AsSpan(paragraph.Span)));

    /// <summary>Fingerprint of a paragraph's text: lower-cased letters and digits only, so spacing and punctuation do not matter.</summary>
    public static ulong Fingerprint(ReadOnlySpan<char> text)
    {
        ulong h = 14695981039346656037;
        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            h ^= char.ToLowerInvariant(c);
            h *= 1099511628211;
        }
        return h;
    }

    /// <summary>The paragraphs found in at least <paramref name="minArticles"/> of <paramref name="docs"/>.</summary>
    public static BoilerplateFilter Learn(IEnumerable<Document> docs, int minArticles)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var doc in docs)
            foreach (var fp in doc.Paragraphs.Select(p => Fingerprint(doc.AsSpan(p.Span))).Distinct())
                counts[fp] = counts.GetValueOrDefault(fp) + 1;
        return new BoilerplateFilter(counts.Where(kv => kv.Value >= minArticles).Select(kv => kv.Key));
    }

    internal string Serialize() => string.Join('\n', Fingerprints.Select(f => f.ToString("x16", CultureInfo.InvariantCulture)));

    internal static BoilerplateFilter Parse(string s) =>
        new(s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(x => ulong.Parse(x, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
}

using System.Text;
using System.Text.RegularExpressions;
using NewsLens.Lexical;

namespace NewsLens.FactChecks;

/// <summary>
/// The text views matching compares: a query cleaned of tweet furniture, lower-case content terms (function words
/// dropped, a plural <c>s</c> folded), the numbers, and the capitalised words. Pure functions, thread-safe.
/// </summary>
public static partial class MatchText
{
    /// <summary>
    /// Removes what a tweet carries beside its claim: links, <c>pic.twitter.com</c> addresses, the embedded-tweet
    /// signature (<c>— Name (@handle) March 3, 2020</c>), and the <c>@</c>/<c>#</c> marks (their words stay).
    /// Article sentences pass through unchanged but for links.
    /// </summary>
    public static string CleanQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Links().Replace(text, " ");
        text = Signature().Replace(text, " ");
        text = text.Replace('@', ' ').Replace('#', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>
    /// The parts of a multi-sentence query worth encoding alone (sentences and lines with at least three content terms);
    /// empty when the query is one such part, since its own vector already covers it.
    /// </summary>
    public static IReadOnlyList<string> Parts(string text)
    {
        var parts = SentenceBreak().Split(text).Select(p => p.Trim()).Where(p => Terms(p).Count >= 3).ToArray();
        return parts.Length > 1 ? parts : [];
    }

    /// <summary>Content terms in text order (repeats kept).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            string w = word.ToLowerInvariant();
            if (FunctionWords.Contains(w) || (w.Length == 1 && !char.IsDigit(w[0]))) continue;
            terms.Add(Fold(w));
        }
        return terms;
    }

    /// <summary>Numbers written with digits, without separators (<c>1,200</c> → <c>1200</c>), distinct.</summary>
    public static HashSet<string> Numbers(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Number().Matches(text)) set.Add(m.Value.Replace(",", "", StringComparison.Ordinal).TrimEnd('.'));
        return set;
    }

    /// <summary>Capitalised content words, lower-cased, distinct: a cheap stand-in for names.</summary>
    public static HashSet<string> Names(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
            if (char.IsUpper(word[0]) && word.Length > 1 && !FunctionWords.Contains(word.ToLowerInvariant())) set.Add(Fold(word.ToLowerInvariant()));
        return set;
    }

    private static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (c is '\'' or '’' && sb.Length > 0) continue; // why: "Obama's" and "Obamas" should meet
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    // why: a light plural fold ("vaccines" → "vaccine") helps recall without a stemmer's surprises
    private static string Fold(string w) =>
        w.Length > 3 && w[^1] == 's' && w[^2] is not 's' and not 'u' and not 'i' ? w[..^1] : w;

    [GeneratedRegex(@"(https?://\S+|pic\.twitter\.com/\S+|www\.\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"[—–-]\s*[^—–()\n]{1,60}\(@\w+\)\s*\w+\s+\d{1,2},\s*\d{4}\s*$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=\S)|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using NewsLens.Analyzers.Verdict;
using NewsLens.Text;

namespace NewsLens.Training.Terms;

/// <summary>
/// The term counts of one training article as the linear text models read it (<see cref="VerdictTerms"/>): unigrams
/// and bigrams, optionally each word's fine cluster term and the title's terms again with a <c>title:</c> prefix.
/// Shared by the verdict and lean trainers so both count exactly what their scorers count.
/// </summary>
internal static class TermCounter
{
    public static Dictionary<string, int> Count(Document doc, OutletMask mask, BoilerplateFilter boilerplate, bool clusterTerms, bool titles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        VerdictTerms.Visit(doc, mask, boilerplate, (term, sentence, _) =>
        {
            if (lookup.TryGetValue(term, out int c)) lookup[term] = c + 1;
            else lookup[term] = 1;
            if (clusterTerms && VerdictTerms.ClusterOf(term) is int cl && cl >= 0)
            {
                var ct = VerdictTerms.ClusterTerm(cl);
                counts[ct] = counts.GetValueOrDefault(ct) + 1;
            }
            if (titles && sentence < 0)
            {
                var t = VerdictTerms.TitlePrefix + term.ToString();
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }
        });
        return counts;
    }
}

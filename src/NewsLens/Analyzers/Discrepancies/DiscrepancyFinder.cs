using NewsLens.Text;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// Compares an article with a source it cites: aligns their sentences (<see cref="SentenceAligner"/>), then checks each
/// aligned pair for changed quantities, hedges, modality, attribution and actors. A plain function of two analysed
/// documents: both need the <c>attributions</c>, <c>quotations</c> and <c>quantities</c> layers
/// (<see cref="DiscrepancyPipeline"/> builds a pipeline that writes them); sentence vectors are used when both have them.
/// Stateless and thread-safe.
/// </summary>
public static class DiscrepancyFinder
{
    /// <summary>Every discrepancy of <paramref name="article"/> (the retelling) against <paramref name="source"/> (what it cites).</summary>
    public static SourceComparison Compare(Document article, Document source, DiscrepancyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new DiscrepancyOptions();
        var av = new DocumentView(article);
        var sv = new DocumentView(source);
        var alignments = SentenceAligner.Align(av, sv, options, out bool usedVectors);
        var found = new List<Discrepancy>();
        foreach (var al in alignments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pair = new SentencePair(av, al.ArticleSentence, sv, al.SourceSentence);
            foreach (var (a, s, kind) in QuantityComparer.Compare(av, al.ArticleSentence, sv, al.SourceSentence, options))
                found.Add(pair.Flag(kind, a.Span, s.Span, article[a.Span], source[s.Span],
                    $"The article gives {article[a.Span]} ({a.Normalized}) where the source gives {source[s.Span]} ({s.Normalized})."));
            found.AddRange(SentenceChecks.Hedges(pair));
            found.AddRange(SentenceChecks.Modality(pair));
            found.AddRange(SentenceChecks.Attribution(pair));
            found.AddRange(SentenceChecks.Actors(pair));
        }
        return new SourceComparison(alignments, found, usedVectors);
    }
}

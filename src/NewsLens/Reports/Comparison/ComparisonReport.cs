using NewsLens.Analyzers.Discrepancies;
using NewsLens.Text;

namespace NewsLens.Reports.Comparison;

/// <summary>
/// What <c>newslens compare</c> writes: both inputs, the pipeline, and each discrepancy with both passages. Spans are
/// UTF-16 offsets, half-open, into the article's and the source's text. Deterministic: same inputs, same bytes.
/// </summary>
public sealed record ComparisonReport(
    string SchemaVersion,
    ComparedText Article,
    ComparedText Source,
    string Pipeline,
    int ArticleSentences,
    int AlignedSentences,
    IReadOnlyList<ReportedDiscrepancy> Discrepancies)
{
    /// <summary>The version of this report's JSON shape.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The report of <paramref name="comparison"/> between <paramref name="article"/> and <paramref name="source"/>.</summary>
    public static ComparisonReport Build(string articleId, Document article, string sourceId, Document source, SourceComparison comparison, string pipeline) =>
        new(CurrentSchemaVersion, new ComparedText(articleId, article.Metadata.Title), new ComparedText(sourceId, source.Metadata.Title), pipeline,
            article.Sentences.Count, comparison.Alignments.Count,
            [.. comparison.Discrepancies.Select(d => new ReportedDiscrepancy(d.Kind.Name(), d.ArticleSpan, d.SourceSpan, d.ArticleValue, d.SourceValue,
                d.Explanation, d.ArticleSentence, article[d.ArticleSentence], d.SourceSentence, source[d.SourceSentence]))]);
}

/// <summary>One compared input: the id it was read as, and its title when it has one.</summary>
public sealed record ComparedText(string Id, string? Title);

/// <summary>A <see cref="Discrepancy"/> with the text of both sentences, for showing them side by side.</summary>
public sealed record ReportedDiscrepancy(
    string Kind,
    TextSpan ArticleSpan,
    TextSpan SourceSpan,
    string ArticleValue,
    string SourceValue,
    string Explanation,
    TextSpan ArticleSentence,
    string ArticlePassage,
    TextSpan SourceSentence,
    string SourcePassage);

using NewsLens.Analyzers.Discrepancies;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Training.Discrepancies;

/// <summary>Runs spec cases through a pipeline and <see cref="DiscrepancyFinder"/>; each source is analysed once.</summary>
public static class DiscrepancySpecRun
{
    /// <summary>The flags of each case, in case order.</summary>
    /// <exception cref="InvalidOperationException">when the pipeline fails on a case's text (naming the case and the problem).</exception>
    public static List<(DiscrepancyCase Case, SourceComparison Comparison)> Run(IEnumerable<DiscrepancyCase> cases, AnalysisPipeline pipeline, DiscrepancyOptions? options = null)
    {
        var sources = new Dictionary<string, Document>(StringComparer.Ordinal);
        var results = new List<(DiscrepancyCase, SourceComparison)>();
        foreach (var c in cases)
        {
            if (!sources.TryGetValue(c.Source, out var source)) sources[c.Source] = source = Analyse(pipeline, c.Source, c.Id + " (source)");
            results.Add((c, DiscrepancyFinder.Compare(Analyse(pipeline, c.Article, c.Id), source, options)));
        }
        return results;
    }

    /// <summary>The scores of <paramref name="results"/>, and one line per miss and per spurious flag.</summary>
    public static (DiscrepancyScore Score, List<string> Errors) Score(IEnumerable<(DiscrepancyCase Case, SourceComparison Comparison)> results)
    {
        var score = new DiscrepancyScore();
        var errors = new List<string>();
        foreach (var (c, comparison) in results)
        {
            var (missed, spurious) = score.Add(c, comparison.Discrepancies);
            errors.AddRange(missed.Select(m => $"{c.Id}: missed {m}"));
            errors.AddRange(spurious.Select(f => $"{c.Id}: spurious {Dump(f)}"));
        }
        return (score, errors);
    }

    /// <summary>A flag as one line: <c>kind article="..." source="..."</c>.</summary>
    public static string Dump(Discrepancy f) => $"{f.Kind.Name()} article=\"{f.ArticleValue}\" source=\"{f.SourceValue}\"";

    private static Document Analyse(AnalysisPipeline pipeline, string text, string what)
    {
        var result = pipeline.Analyze(text);
        if (result.HasErrors) throw new InvalidOperationException($"{what}: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
        return result.Document;
    }
}

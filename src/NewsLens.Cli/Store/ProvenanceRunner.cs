using System.Text.Json;
using NewsLens.Analyzers.Discrepancies;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Provenance;
using NewsLens.Reports;
using NewsLens.Reports.Comparison;
using NewsLens.Store;
using NewsLens.Text;

namespace NewsLens.Cli.Store;

/// <summary>
/// Provenance over a store: for each article looked at, the earlier stored articles making the same claims and the
/// stored articles it cites, recorded as links (<c>same-claim</c>, <c>cites</c>, replacing what an earlier run recorded),
/// then its comparison with each cited article (<see cref="DiscrepancyFinder"/>), recorded in the store.
/// </summary>
/// <param name="comparePipeline">builds the pipeline that prepares both sides of a comparison (attributions, quantities).</param>
internal sealed class ProvenanceRunner(Func<AnalysisPipeline> comparePipeline, ProvenanceOptions? options = null)
{
    /// <summary>What one run found, per article looked at.</summary>
    public sealed record Found(ArticleProvenance Provenance, IReadOnlyList<ComparisonReport> Comparisons);

    /// <param name="only">one article to look at, else every article published on or after <paramref name="since"/> (undated ones included), else all.</param>
    /// <returns>what was found for each article looked at, and the problems met (an article that failed to analyse for a comparison).</returns>
    public (List<Found> Found, List<string> Problems) Run(IArticleStore store, long? only, DateTimeOffset? since, CancellationToken ct)
    {
        var relations = StoreProvenance.Relations(store);
        var articles = StoreProvenance.Read(store, ct);
        var finder = new ProvenanceFinder(articles, options);
        var targets = articles.Where(a => only is { } id ? a.Id == id : since is not { } s || a.Published is null || a.Published >= s).ToList();
        var analysed = new Dictionary<long, Document?>();
        AnalysisPipeline? pipeline = null;
        var problems = new List<string>();
        var found = new List<Found>();
        foreach (var a in targets)
        {
            ct.ThrowIfCancellationRequested();
            var p = finder.Find(a, ct);
            var links = p.SameClaims.GroupBy(e => e.Other).Select(g => new ArticleLink(a.Id, g.Key, StoreProvenance.SameClaim, g.Max(e => e.Score)))
                .Concat(p.Cites.Select(c => new ArticleLink(a.Id, c.Other, StoreProvenance.Cites, c.Score))).ToList();
            relations.ReplaceLinks(a.Id, [StoreProvenance.SameClaim, StoreProvenance.Cites], links);
            var comparisons = new List<(long Source, ComparisonReport Report)>();
            foreach (var c in p.Cites)
            {
                pipeline ??= comparePipeline();
                var article = Analyse(store, pipeline, a.Id, analysed, problems, ct);
                var source = Analyse(store, pipeline, c.Other, analysed, problems, ct);
                if (article is null || source is null) continue;
                var comparison = DiscrepancyFinder.Compare(article, source, cancellationToken: ct);
                comparisons.Add((c.Other, ComparisonReport.Build(Name(a.Id), article, Name(c.Other), source, comparison, pipeline.Info.Name)));
            }
            relations.ReplaceComparisons(a.Id, [.. comparisons.Select(c => (c.Source, JsonSerializer.Serialize(c.Report, ReportJson.CompactOptions)))]);
            found.Add(new Found(p, [.. comparisons.Select(c => c.Report)]));
            // why: analysed documents are kept so a much-cited source is analysed once, but not without bound
            if (analysed.Count > 1000) analysed.Clear();
        }
        return (found, problems);
    }

    /// <summary>How comparisons name a stored article.</summary>
    public static string Name(long id) => $"article {id}";

    private static Document? Analyse(IArticleStore store, AnalysisPipeline pipeline, long id, Dictionary<long, Document?> done, List<string> problems, CancellationToken ct)
    {
        if (done.TryGetValue(id, out var doc)) return doc;
        // why: one article's documents are kept for the run, so a source cited by many is analysed once
        if (store.Input(id) is not { } input) { problems.Add($"article {id}: no longer stored"); return done[id] = null; }
        var result = pipeline.Analyze(input.Text, input.Metadata, ct);
        if (result.HasErrors)
        {
            problems.Add($"article {id}: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
            return done[id] = null;
        }
        return done[id] = result.Document;
    }

    /// <summary>The pipeline <c>newslens compare</c> runs, for <paramref name="kind"/>.</summary>
    public static AnalysisPipeline ComparePipeline(PipelineKind kind, string? modelsDir)
    {
        var dir = new ModelDirectory(modelsDir);
        return DiscrepancyPipeline.Create(kind == PipelineKind.Accurate ? new NewsLens.Encoders.EncoderAnalyzer(NewsLens.Encoders.StandardPipelines.EncoderFor(dir)) : null, dir);
    }
}

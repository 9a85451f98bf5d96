using NewsLens.FactChecks;

namespace NewsLens.Web.Articles;

/// <summary>The matches the pipeline's fact-check linker put in an article's <c>factChecks</c> layer (the server runs
/// the linker when <c>NewsLens:FactChecks</c> names an index), best first per claim.</summary>
public sealed class LayerFactCheckMatcher(string indexName) : IFactCheckMatcher
{
    public string Name => "index:" + indexName;

    public IReadOnlyList<FactCheckMatch> Match(StoredArticle article) =>
        [.. article.Result.Document.Get(FactCheckLayers.FactChecks)
            .SelectMany(c => c.Matches.Select(m => new FactCheckMatch(c.Span.Start, c.Span.End, m.Claim, m.Verdict, m.Url, m.Score)))];
}

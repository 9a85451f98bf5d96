using NewsLens.Web.Articles;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// Reading what was analysed: <c>GET /api/articles/{id}</c> (the JSON report), <c>/api/articles/{id}/report?format=</c>
/// (a download), <c>/api/articles/{id}/matches</c>, <c>/api/search?q=</c> and <c>/api/stories</c>.
/// </summary>
public static class ArticlesApi
{
    public const int MaxResults = 100;

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/articles/{id}", (HttpContext http, string id, IArticleRepository repo) =>
            repo.Get(id) is { } a ? ReportResults.Report(http, a, NewsLens.Reports.ReportWriters.Default, download: false) : ReportResults.NotFound(id))
            .Produces(200, contentType: "application/json").ProducesProblem(404).WithSummary("The JSON report of a kept article");

        api.MapGet("/articles/{id}/report", (HttpContext http, string id, string? format, IArticleRepository repo) =>
        {
            if (ReportResults.Resolve(format, out var writer) is { } unknown) return unknown;
            return repo.Get(id) is { } a ? ReportResults.Report(http, a, writer, download: true) : ReportResults.NotFound(id);
        }).Produces(200).ProducesProblem(400).ProducesProblem(404).WithSummary("Download a kept article's report (?format=json|jsonl|html|md)");

        api.MapGet("/articles/{id}/matches", (string id, IArticleRepository repo, IFactCheckMatcher matcher) =>
            repo.Get(id) is { } a ? Results.Ok(new MatchesResponse(a.Id, matcher.Name, matcher.Match(a))) : ReportResults.NotFound(id))
            .Produces<MatchesResponse>().ProducesProblem(404).WithSummary("Fact-checks matching the article's claims");

        api.MapGet("/search", (string? q, int? limit, IArticleRepository repo) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return Results.Problem(title: "no query", detail: "give the words to look for in 'q'", statusCode: 400);
            if (q.Length > WebLimits.MaxFieldChars) return Results.Problem(title: "query too long", detail: $"'q' is {q.Length:N0} characters, over {WebLimits.MaxFieldChars:N0}", statusCode: 400);
            if (limit is < 1 or > MaxResults) return Results.Problem(title: "bad limit", detail: $"'limit' must be 1 to {MaxResults}", statusCode: 400);
            var hits = repo.Search(q, limit ?? 20);
            return Results.Ok(new SearchResponse(q, hits.Count, [.. hits.Select(ArticleDto.Of)]));
        }).Produces<SearchResponse>().ProducesProblem(400).WithSummary("Kept articles holding every word of q, newest first");

        api.MapGet("/stories", (IArticleRepository repo) =>
            Results.Ok(new StoriesResponse([.. StoryGrouper.Group(repo.All()).Select(g => new StoryDto(g[0].Id, [.. g.Select(ArticleDto.Of)]))])))
            .Produces<StoriesResponse>().WithSummary("Kept articles grouped by story");
        return app;
    }
}

public sealed record SearchResponse(string Query, int Count, IReadOnlyList<ArticleDto> Results);

public sealed record StoryDto(string Id, IReadOnlyList<ArticleDto> Articles);

public sealed record StoriesResponse(IReadOnlyList<StoryDto> Stories);

public sealed record MatchesResponse(string ArticleId, string Matcher, IReadOnlyList<FactCheckMatch> Matches);

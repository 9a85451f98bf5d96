using NewsLens.Web.Articles;

namespace NewsLens.Web.Endpoints;

/// <summary>
/// Reading what was analysed: <c>GET /api/articles/{id}</c> (the JSON report), <c>/api/articles/{id}/report?format=</c>
/// (a download), <c>/api/articles/{id}/matches</c>, <c>/api/search?q=</c> and <c>/api/stories</c>.
/// </summary>
public static class ArticlesApi
{
    public const int MaxResults = SearchParameters.MaxResults;

    /// <summary>What an article id looks like, for the OpenAPI document.</summary>
    public const string IdFormat = "{id}: with serve --db, the store's article id in decimal (as newslens search and show print it); in memory, 16 hex digits of the content's SHA-256.";

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/articles/{id}", (HttpContext http, string id, IArticleRepository repo) =>
            repo.Get(id) is { } a ? ReportResults.Report(http, a, NewsLens.Reports.ReportWriters.Default, download: false) : ReportResults.NotFound(id))
            .Produces(200, contentType: "application/json").ProducesProblem(404).WithSummary("The JSON report of a kept article")
            .WithDescription(IdFormat);

        api.MapGet("/articles/{id}/report", (HttpContext http, string id, string? format, IArticleRepository repo) =>
        {
            if (ReportResults.Resolve(format, out var writer) is { } unknown) return unknown;
            return repo.Get(id) is { } a ? ReportResults.Report(http, a, writer, download: true) : ReportResults.NotFound(id);
        }).Produces(200).ProducesProblem(400).ProducesProblem(404).WithSummary("Download a kept article's report (?format=json|jsonl|html|md)");

        api.MapGet("/articles/{id}/matches", (string id, IArticleRepository repo, IFactCheckMatcher matcher) =>
            repo.Get(id) is { } a ? Results.Ok(new MatchesResponse(a.Id, matcher.Name, matcher.Match(a))) : ReportResults.NotFound(id))
            .Produces<MatchesResponse>().ProducesProblem(404).WithSummary("Fact-checks matching the article's claims");

        api.MapGet("/search", (HttpContext http, IArticleRepository repo) =>
        {
            var (search, problem) = SearchParameters.Read(http.Request.Query);
            if (problem is not null) return Results.Problem(title: "bad search parameter", detail: problem, statusCode: 400);
            if (!search!.HasAny) return Results.Problem(title: "no query", detail: "give the words to look for in 'q', or a filter (outlet, from, to, lean, verdict, technique, quoteBy, hasClaim)", statusCode: 400);
            var hits = repo.Search(search.Query);
            return Results.Ok(new SearchResponse(search.Query.Text, search.Query.Offset, hits.Count, [.. hits.Select(ArticleDto.Of)]));
        }).Produces<SearchResponse>().ProducesProblem(400)
          .WithSummary("Kept articles holding every word of q and passing the filters")
          .WithDescription("?q=words \"a phrase\"&outlet=&from=YYYY-MM-DD&to=YYYY-MM-DD&lean=left|center|right&verdict=hyperpartisan|not-hyperpartisan" +
              "&verdictMin=0..1&verdictMax=0..1&technique=&quoteBy=&hasClaim=true&limit=1..100&offset=0... Best match first (newest first without words). " +
              "With --db the results come from the store, whose ids are its article ids in decimal; in memory they are 16 hex digits.");

        api.MapGet("/stories", (int? limit, int? offset, IArticleRepository repo) =>
        {
            if (limit is < 1 or > MaxResults) return Results.Problem(title: "bad limit", detail: $"'limit' must be 1 to {MaxResults}", statusCode: 400);
            if (offset is < 0 or > SearchParameters.MaxOffset) return Results.Problem(title: "bad offset", detail: $"'offset' must be 0 to {SearchParameters.MaxOffset:N0}", statusCode: 400);
            return Results.Ok(new StoriesResponse([.. repo.Stories(limit ?? 20, offset ?? 0).Select(s => new StoryDto(s.Id, [.. s.Articles.Select(ArticleDto.Of)]))]));
        }).Produces<StoriesResponse>().ProducesProblem(400)
          .WithSummary("Kept articles grouped by story, the stories of the articles kept last first (?limit=1..100&offset=)");
        return app;
    }
}

public sealed record SearchResponse(string Query, int Offset, int Count, IReadOnlyList<ArticleDto> Results);

public sealed record StoryDto(string Id, IReadOnlyList<ArticleDto> Articles);

public sealed record StoriesResponse(IReadOnlyList<StoryDto> Stories);

public sealed record MatchesResponse(string ArticleId, string Matcher, IReadOnlyList<FactCheckMatch> Matches);

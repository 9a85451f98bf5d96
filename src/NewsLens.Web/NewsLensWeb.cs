using Microsoft.AspNetCore.Http.Features;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Web.Articles;
using NewsLens.Web.Endpoints;
using NewsLens.Web.Input;
using NewsLens.Web.Pages;

namespace NewsLens.Web;

/// <summary>
/// The web app: the page, the REST API and their hardening, built from <c>NewsLens:*</c> settings. One builder for
/// <c>NewsLens.Web</c> and <c>newslens serve</c>.
/// </summary>
public static class NewsLensWeb
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var config = builder.Configuration;
        // why: a line per request costs more than a fast analysis under load; the framework's warnings and errors still show
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WebLimits.MaxRequestBytes);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = WebLimits.MaxRequestBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.AddHardening();
        // NewsLens:Pipeline = accurate (default: the shared encoder and its heads) or fast
        var pipelineName = config["NewsLens:Pipeline"] ?? PipelineInfo.AccurateName;
        if (!NewsLens.Encoders.StandardPipelines.TryParse(pipelineName, out var pipelineKind))
            throw new InvalidOperationException($"NewsLens:Pipeline '{pipelineName}': expected accurate or fast");
        // NewsLens:FactChecks = a fact-check index file (newslens factchecks import): claims get their matches
        var factChecks = config["NewsLens:FactChecks"];
        builder.Services.AddSingleton(_ => NewsLens.Encoders.StandardPipelines.Create(pipelineKind, new ModelDirectory(config["NewsLens:Models"]),
            extra: NewsLens.Encoders.FactCheckAnalyzers.From(factChecks, new ModelDirectory(config["NewsLens:Models"]))));
        // NewsLens:Db = an SQLite file or a PostgreSQL database (newslens serve --db): articles live in the corpus store;
        // unset, the articles analysed last are kept in memory, bounded by count and by approximate size
        if (config["NewsLens:Db"] is { Length: > 0 } db)
        {
            builder.Services.AddSingleton(_ => new StorePool(db));
            builder.Services.AddSingleton<IArticleRepository>(sp => new StoreArticleRepository(sp.GetRequiredService<StorePool>(), sp.GetRequiredService<AnalysisPipeline>));
        }
        else
            builder.Services.AddSingleton<IArticleRepository>(new InMemoryArticleRepository(config.GetValue("NewsLens:Store:MaxArticles", 1000),
                config.GetValue("NewsLens:Memory:MaxKeptBytes", InMemoryArticleRepository.DefaultMaxBytes)));
        builder.Services.AddSingleton<IFactCheckMatcher>(string.IsNullOrEmpty(factChecks) ? new NoFactCheckMatcher() : new LayerFactCheckMatcher(Path.GetFileName(factChecks)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ArticleService>();
        var fetch = new UrlFetchOptions
        {
            Enabled = config.GetValue("NewsLens:UrlFetch:Enabled", false),
            MaxBytes = config.GetValue("NewsLens:UrlFetch:MaxBytes", 5_000_000L),
            Timeout = TimeSpan.FromSeconds(config.GetValue("NewsLens:UrlFetch:TimeoutSeconds", 10.0)),
        };
        builder.Services.AddSingleton(fetch);
        builder.Services.AddSingleton(sp => new UrlFetcher(fetch));
        builder.Services.AddSingleton(_ => new ReaderRegistry(new NewsLens.Ingest.Html.HtmlArticleExtractor()));
        builder.Services.AddSingleton<ArticleIntake>();

        var app = builder.Build();
        // why: a store that cannot be opened (bad path, unreachable database) stops the server at start, naming it
        app.Services.GetRequiredService<IArticleRepository>();
        // why: a request the framework cannot read (malformed JSON, an oversized body, a form over its limits) is the
        // client's fault: answer with its own 4xx as problem details, never a 500
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                InvalidDataException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        // why: the framework answers unknown routes, wrong methods and unreadable bodies with an empty 4xx; give each a problem body
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseLargeRequestMemory();
        app.UseHardening();
        app.MapOpenApi();
        app.MapAssets();
        app.MapHomePage();
        app.MapAnalyzeApi();
        app.MapArticlesApi();
        app.MapApiReference();
        app.MapDashboard();
        app.MapCorpusPages();
        app.MapGet("/healthz", (AnalysisPipeline p) => Results.Ok(new { status = "ok", analyzers = p.Analyzers })).ExcludeFromDescription();
        // why: loading the models takes a second or more; the server listens at once and loads them in the background
        if (config.GetValue("NewsLens:WarmUp", true))
            app.Lifetime.ApplicationStarted.Register(() => Task.Run(() => app.Services.GetRequiredService<AnalysisPipeline>()));
        return app;
    }
}

using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Web;
using NewsLens.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WebLimits.MaxRequestBytes);
builder.Services.AddProblemDetails();
builder.AddHardening();
// NewsLens:Pipeline = accurate (default: the shared encoder and its heads) or fast
var pipelineName = builder.Configuration["NewsLens:Pipeline"] ?? PipelineInfo.AccurateName;
if (!NewsLens.Encoders.StandardPipelines.TryParse(pipelineName, out var pipelineKind))
    throw new InvalidOperationException($"NewsLens:Pipeline '{pipelineName}': expected accurate or fast");
builder.Services.AddSingleton(_ => NewsLens.Encoders.StandardPipelines.Create(pipelineKind, new ModelDirectory(builder.Configuration["NewsLens:Models"])));

var app = builder.Build();
// why: a request the framework cannot read (malformed JSON, an oversized body, a form over its limits) is the client's
// fault: answer with its own 4xx as problem details, never a 500
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    StatusCodeSelector = ex => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    },
});
// why: the framework answers malformed JSON, a wrong content type or an oversized body with an empty 4xx; give each a problem-details body
app.UseStatusCodePages();
app.Use(async (ctx, next) =>
{
    // why: every page we serve embeds article text; forbid scripts and foreign assets outright
    ctx.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'";
    ctx.Response.Headers.XContentTypeOptions = "nosniff";
    await next();
});
app.UseHardening();
app.MapHomePage();
app.MapAnalyzeApi();
app.MapGet("/healthz", (AnalysisPipeline p) => Results.Ok(new { status = "ok", analyzers = p.Analyzers }));
app.Run();

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;

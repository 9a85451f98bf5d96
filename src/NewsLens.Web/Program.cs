using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Web;
using NewsLens.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WebLimits.MaxRequestBytes);
builder.Services.AddProblemDetails();
// NewsLens:Pipeline = accurate (default: the shared encoder and its heads) or fast
var pipelineName = builder.Configuration["NewsLens:Pipeline"] ?? PipelineInfo.AccurateName;
if (!NewsLens.Encoders.StandardPipelines.TryParse(pipelineName, out var pipelineKind))
    throw new InvalidOperationException($"NewsLens:Pipeline '{pipelineName}': expected accurate or fast");
builder.Services.AddSingleton(_ => NewsLens.Encoders.StandardPipelines.Create(pipelineKind, new ModelDirectory(builder.Configuration["NewsLens:Models"])));

var app = builder.Build();
app.UseExceptionHandler();
app.Use(async (ctx, next) =>
{
    // why: every page we serve embeds article text; forbid scripts and foreign assets outright
    ctx.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'";
    ctx.Response.Headers.XContentTypeOptions = "nosniff";
    await next();
});
app.MapHomePage();
app.MapAnalyzeApi();
app.MapGet("/healthz", (AnalysisPipeline p) => Results.Ok(new { status = "ok", analyzers = p.Analyzers }));
app.Run();

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;

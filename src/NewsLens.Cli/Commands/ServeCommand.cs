using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsLens.Cli.Options;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens serve</c>: the web page and REST API (<c>NewsLens.Web</c>) on the given address. The server listens at
/// once and loads the models in the background; every <c>NewsLens:*</c> setting of the web app also works here as
/// <c>--NewsLens:Key=value</c> or <c>NewsLens__Key</c> in the environment.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, ';'-separated.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var pipeline = PipelineOption.Create();
        var models = ModelsOption.Create("Folder of the model files (default: the usual model search).");
        var fetch = new Option<bool>("--allow-url-fetch") { Description = "Let clients give a URL to fetch (public addresses only, size- and time-limited). Off by default." };
        var db = new Option<string?>("--db") { Description = "Keep the analysed articles in the store (an SQLite file, created when missing, or PostgreSQL as postgres://user:password@host/database); several servers may share one PostgreSQL database. Default: in memory." };
        var output = new Option<string?>("--output", "-o") { Description = "Append the server's log to this file instead of the console." };
        var settings = new Argument<string[]>("settings") { Description = "More web settings as --NewsLens:Key=value (see README).", Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("serve", "Serve the web page and REST API.") { urls, pipeline, models, fetch, db, output, settings };
        cmd.TreatUnmatchedTokensAsErrors = false;
        cmd.SetAction(async (pr, ct) =>
        {
            var args = new List<string> { "--urls", pr.GetValue(urls)!, $"--NewsLens:Pipeline={pr.GetValue(pipeline)}" };
            if (pr.GetValue(models) is { } dir) args.Add($"--NewsLens:Models={dir}");
            if (pr.GetValue(fetch)) args.Add("--NewsLens:UrlFetch:Enabled=true");
            if (pr.GetValue(db) is { Length: > 0 } store) args.Add($"--NewsLens:Db={store}");
            args.AddRange(pr.GetValue(settings) ?? []);
            args.AddRange(pr.UnmatchedTokens);
            using var log = pr.GetValue(output) is { } path ? new StreamWriter(path, append: true) { AutoFlush = true } : null;
            if (log is not null) { Console.SetOut(log); Console.SetError(log); }
            Microsoft.AspNetCore.Builder.WebApplication app;
            try { app = NewsLens.Web.NewsLensWeb.Build([.. args]); }
            catch (NewsLens.Store.StoreException ex)
            {
                Console.Error.WriteLine($"newslens serve: {ex.Message}");
                return ExitCodes.Usage;
            }
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

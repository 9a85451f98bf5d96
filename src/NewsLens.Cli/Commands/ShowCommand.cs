using System.CommandLine;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("id") { Description = "The article's id in the store (as search prints it)." };
        var db = DbOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "json (the stored report), html or md.", DefaultValueFactory = _ => "json" }
            .OneOf(["json", "html", "md", "markdown"], ["json", "html", "md"]);
        var models = ModelsOption.Create("Directory of model files, for html and md (default: models/ beside the program or in the checkout).");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var cmd = new Command("show", "Print the stored report of one article.") { id, db, format, models, output };
        cmd.SetAction(pr =>
        {
            using var store = StoreFactory.Open(pr.GetValue(db)!, create: false);
            var shown = new StoredReportView(store, pr.GetValue(models), factChecks: StoreFactChecks.Resolve(null, pr.GetValue(db)!)).Render(pr.GetValue(id), pr.GetValue(format)!.ToLowerInvariant());
            if (shown.Error is { } error)
            {
                Console.Error.WriteLine($"newslens show: {error}");
                return ExitCodes.SomeFailed;
            }
            if (pr.GetValue(output) is { } path && path != "-") File.WriteAllText(path, shown.Text);
            else Console.Out.Write(shown.Text);
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

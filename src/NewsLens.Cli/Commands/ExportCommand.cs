using System.CommandLine;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "jsonl (one stored report a line) or csv (one row an article).", DefaultValueFactory = _ => "jsonl" }
            .OneOf(StoreExport.Formats, StoreExport.Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var cmd = new Command("export", "Write the store out, article by article.") { db, format, output };
        cmd.SetAction(pr =>
        {
            using var store = StoreFactory.Open(pr.GetValue(db)!, create: false);
            var path = pr.GetValue(output);
            using var file = path is null or "-" ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            long n = StoreExport.Write(store, pr.GetValue(format)!.ToLowerInvariant(), file ?? Console.Out);
            Console.Error.WriteLine($"newslens: exported {n:N0} article(s)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

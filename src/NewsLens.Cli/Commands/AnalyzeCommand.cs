using System.CommandLine;

namespace NewsLens.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json|jsonl|html|md", DefaultValueFactory = _ => "json" };
        var cmd = new Command("analyze", "Analyse articles and write a report per article.") { paths, format };
        cmd.SetAction(pr =>
        {
            Console.WriteLine(string.Join(",", pr.GetValue(paths) ?? []));
            return 0;
        });
        return cmd;
    }
}

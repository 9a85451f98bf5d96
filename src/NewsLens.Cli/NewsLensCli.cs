using System.CommandLine;
using NewsLens.Cli.Commands;

namespace NewsLens.Cli;

/// <summary>Builds the `newslens` command tree. Commands parse arguments, call the library and format output.</summary>
public static class NewsLensCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("NewsLens: claims, quotes, sources and spin in news articles.");
        var train = new Command("train", "Train a model or compile a data file from ../shared/data.");
        foreach (var sub in TrainCommands()) train.Subcommands.Add(sub);
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(train);
        root.Subcommands.Add(ExtractCommand.Create());
        // [commands]
        return root;
    }

    private static IEnumerable<Command> TrainCommands()
    {
        // [train-commands]
        yield break;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parse.Errors) await Console.Error.WriteLineAsync($"newslens: {error.Message}");
            await Console.Error.WriteLineAsync("Run 'newslens --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync();
    }
}

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
        root.Subcommands.Add(OutletsCommand.Create());
        root.Subcommands.Add(QuotesCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(TechniquesCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(LeanCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(FactChecksCommand.Create());
        root.Subcommands.Add(MatchCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ReanalyzeCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ProvenanceCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(QueueCommand.Create());
        return root;
    }

    private static IEnumerable<Command> TrainCommands()
    {
        // [train-commands]
        yield return TrainAttributionsCommand.Create();
        yield return TrainRegistryCommand.Create();
        yield return TrainClaimsCommand.Create();
        yield return TrainTechniquesCommand.Create();
        yield return TrainVerdictCommand.Create();
        yield return TrainLeanCommand.Create();
        yield return TrainClustersCommand.Create();
        yield return TrainStoryFrequenciesCommand.Create();
        yield return TrainLexiconCommand.Create();
        yield return TrainExtractionCommand.Create();
        yield return TrainFactChecksCommand.Create();
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
        // why: the command boundary; an exception no command handled becomes one line naming the command and the
        // problem, never a stack trace
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("newslens: cancelled");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"{CommandName(parse)}: {OneLine(ex)}");
            return ExitCodes.SomeFailed;
        }
    }

    private static string CommandName(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command is RootCommand ? "newslens" : r.Command.Name);
        return string.Join(' ', names);
    }

    private static string OneLine(Exception ex)
    {
        while (ex is AggregateException { InnerExceptions.Count: 1 } or TypeInitializationException or System.Reflection.TargetInvocationException && ex.InnerException is not null)
            ex = ex.InnerException!;
        return ex.Message.ReplaceLineEndings(" ").Trim();
    }
}

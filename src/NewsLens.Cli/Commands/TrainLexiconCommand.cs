using System.CommandLine;
using NewsLens.Lexical;
using NewsLens.Models;
using NewsLens.Training.Lexicon;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens train lexicon</c>: compiles the shared word lists into the core's embedded lexicon file.</summary>
internal static class TrainLexiconCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var output = new Option<string>("--output", "-o") { Description = "lexicon file to write", DefaultValueFactory = _ => Path.Combine("src", "NewsLens", "Lexical", "Data", "lexicon.tsv") };
        var cmd = new Command("lexicon", "Compile the word lists (VADER, Recasens et al., hedges and boosters, MFD 2.0, ours) into the embedded lexicon; retrain techniques and verdict after.") { data, output };
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(root))
            {
                Console.Error.WriteLine("newslens train lexicon: shared data folder not found; pass --data DIR or set NEWSLENS_SHARED_DATA");
                return ExitCodes.Usage;
            }
            var path = pr.GetValue(output)!;
            var counts = LexiconCompiler.Compile(root, path);
            Console.WriteLine($"wrote {path}: " + string.Join(", ", counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")));
            Console.WriteLine($"rebuild so the new {nameof(Lexicon)} is embedded, then retrain the models that read it (newslens train techniques, newslens train verdict).");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

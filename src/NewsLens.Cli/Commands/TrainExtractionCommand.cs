using System.CommandLine;
using NewsLens.Training.Extraction;
using NewsLens.Training.Learning;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens train extraction`: trains the HTML extractor's block classifier on the extraction development sets.</summary>
internal static class TrainExtractionCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "shared data folder holding article-extraction-benchmark/ and extraction-dev/", DefaultValueFactory = _ => TrainAttributionsCommand.SharedDataPath("") };
        var output = new Option<string>("--output", "-o") { Description = "model file to write", DefaultValueFactory = _ => Path.Combine("src", "NewsLens.Ingest", "Html", "Data", "extraction.blocks.bin") };
        var cv = new Option<bool>("--cv") { Description = "leave-one-set-out cross-validation first (also picks the threshold)" };
        var drop = new Option<float?>("--drop-below") { Description = "margin under which a block the rules kept is dropped (default: the best by --cv, else 0)" };
        var add = new Option<float?>("--add-from") { Description = "margin from which a block the rules left is added (default: the best by --cv, else 0)" };
        var trees = new Option<int>("--trees") { Description = "boosted trees (at least 1)", DefaultValueFactory = _ => 120 };
        var depth = new Option<int>("--depth") { Description = "depth of each tree (1 to 8)", DefaultValueFactory = _ => 4 };
        var jobs = new Option<int>("--jobs", "-j") { Description = "pages walked in parallel (at least 1)", DefaultValueFactory = _ => 2 };
        var cmd = new Command("extraction", "Train the HTML extractor's block classifier (embedded model).") { data, output, cv, drop, add, trees, depth, jobs };
        cmd.SetAction(pr =>
        {
            string root = pr.GetValue(data)!, o = pr.GetValue(output)!;
            int n = pr.GetValue(trees), d = pr.GetValue(depth), j = pr.GetValue(jobs);
            if (n < 1 || j < 1 || d is < 1 or > 8)
            {
                Console.Error.WriteLine("newslens: --trees and --jobs must be at least 1, --depth 1 to 8");
                return ExitCodes.Usage;
            }
            if (!Directory.Exists(Path.Combine(root, "extraction-dev")) || !Directory.Exists(Path.Combine(root, "article-extraction-benchmark")))
            {
                Console.Error.WriteLine($"newslens: {root}: extraction-dev/ or article-extraction-benchmark/ not found");
                return ExitCodes.Usage;
            }
            long size = ExtractionTraining.Run(root, o, new BlockTrainer.Settings(new(Trees: n, Depth: d)), pr.GetValue(cv),
                pr.GetValue(drop) is { } dv && pr.GetValue(add) is { } av ? (dv, av) : null, j, Console.WriteLine);
            Console.WriteLine($"wrote {o}: {size} bytes");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

using System.CommandLine;
using System.Diagnostics;
using NewsLens.Analyzers.Lean;
using NewsLens.Models;
using NewsLens.Training.Lean;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens train lean</c>: trains the political-lean model on the AllSides media-based split and prints its evaluation.</summary>
internal static class TrainLeanCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var cv = new Option<int>("--cv") { Description = "Outlet-grouped cross-validation folds on the tuning part (at least 2).", DefaultValueFactory = _ => 5 };
        cv.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 2) r.AddError("--cv must be at least 2"); });
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: models/lean.bin in the repository); the card is written beside it." };
        var noWrite = new Option<bool>("--no-write") { Description = "Evaluate only; write no model or card." };
        var l2 = new Option<double[]>("--l2") { Description = "L2 strengths to try (default: 30).", AllowMultipleArgumentsPerToken = true };
        var balance = new Option<double[]>("--outlet-balance") { Description = "Outlet-balance exponents to try (default: 0 0.5).", AllowMultipleArgumentsPerToken = true };
        var minOutlets = new Option<int>("--min-outlets") { Description = "Keep a term only when articles of this many distinct outlets use it.", DefaultValueFactory = _ => 5 };
        var minDocs = new Option<int>("--min-docs") { Description = "Keep a term only when this many training articles use it.", DefaultValueFactory = _ => 3 };
        var clusters = new Option<bool>("--cluster-terms") { Description = "Also count each word's fine word cluster as a term." };
        var seed = new Option<int>("--seed") { Description = "Seed of the held-out outlet choice.", DefaultValueFactory = _ => 2020 };
        var tuneOnly = new Option<bool>("--tune-only") { Description = "Only the outlet-grouped CV of each setting on the tuning part: no held-out or valid score, no model." };
        var randomFolds = new Option<bool>("--random-folds") { Description = "With --tune-only: random folds instead of outlet-grouped ones (a diagnostic of outlet leakage)." };
        var select = new Option<int[]>("--select-terms") { Description = "Term counts to try: keep only the N terms whose use varies most with the label across training outlets (0: all; default: 2000).", AllowMultipleArgumentsPerToken = true };
        var project = new Option<int[]>("--project-outlets") { Description = "Counts to try of within-lean outlet directions removed before fitting (0: none; default: 0).", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("lean", "Train the political-lean model (left/center/right) on the AllSides media-based split.") { data, cv, output, noWrite, tuneOnly, l2, balance, minOutlets, minDocs, clusters, seed, randomFolds, select, project };
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(Path.Combine(root, AllSidesCorpus.Folder)))
            {
                Console.Error.WriteLine($"newslens train lean: {AllSidesCorpus.Folder}/ not found in the shared data folder; pass --data DIR or set NEWSLENS_SHARED_DATA");
                return ExitCodes.Usage;
            }
            var sw = Stopwatch.StartNew();
            var (train, missing) = AllSidesCorpus.Read(root, "train", bad => Console.Error.WriteLine($"left out: {bad}"));
            var (valid, _) = AllSidesCorpus.Read(root, "valid", bad => Console.Error.WriteLine($"left out: {bad}"));
            Console.WriteLine($"read {train.Count} train articles ({missing} listed but not shipped) and {valid.Count} valid articles in {sw.Elapsed.TotalSeconds:0.0} s");
            var options = new LeanTrainingOptions
            {
                Folds = pr.GetValue(cv),
                MinOutlets = pr.GetValue(minOutlets),
                MinDocumentFrequency = pr.GetValue(minDocs),
                ClusterTerms = pr.GetValue(clusters),
                Seed = pr.GetValue(seed),
                RandomFolds = pr.GetValue(randomFolds) && pr.GetValue(tuneOnly),
            };
            if (pr.GetValue(l2) is { Length: > 0 } l2s) options = options with { L2Grid = l2s };
            if (pr.GetValue(balance) is { Length: > 0 } bs) options = options with { OutletBalanceGrid = bs };
            if (pr.GetValue(select) is { Length: > 0 } sel) options = options with { SelectTermsGrid = sel };
            if (pr.GetValue(project) is { Length: > 0 } proj) options = options with { ProjectOutletsGrid = proj };
            if (pr.GetValue(tuneOnly))
            {
                new LeanTrainer(options, Console.Out).Tune(train);
                Console.WriteLine($"tuned in {sw.Elapsed.TotalSeconds:0.0} s");
                return ExitCodes.Ok;
            }
            var result = new LeanTrainer(options, Console.Out).Run(train, valid);
            Console.WriteLine($"trained in {sw.Elapsed.TotalSeconds:0.0} s");
            LeanCardWriter.PrintReport(Console.Out, result);
            if (pr.GetValue(noWrite)) return ExitCodes.Ok;
            var repo = RepositoryPaths.FindRoot();
            var modelPath = pr.GetValue(output) ?? (repo is null ? LeanModel.Spec.FileName : Path.Combine(repo, "models", LeanModel.Spec.FileName));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
            using (var fs = File.Create(modelPath)) result.Model.Save(fs);
            var card = Path.ChangeExtension(modelPath, ".md");
            LeanCardWriter.WriteCard(card, result, options, ("newslens train lean " + string.Join(' ', pr.Tokens.Select(t => t.Value).SkipWhile(v => v != "lean").Skip(1))).TrimEnd());
            Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB), {card}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

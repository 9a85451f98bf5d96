using System.CommandLine;
using System.Diagnostics;
using NewsLens.Encoders;
using NewsLens.FactChecks;
using NewsLens.Models;
using NewsLens.Training.FactChecks;
using NewsLens.Training.Vectors;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens train factchecks</c>: trains the fact-check re-ranker on CheckThat! 2020 Task 2 and prints CV, set-aside and dev scores.</summary>
internal static class TrainFactChecksCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: models/factchecks.reranker.bin); the card is written beside it." };
        var noWrite = new Option<bool>("--no-write") { Description = "Evaluate only; write no model or card." };
        var folds = new Option<int>("--cv") { Description = "Query-grouped CV folds on the tuning part (at least 2).", DefaultValueFactory = _ => 5 };
        folds.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 2) r.AddError("--cv must be at least 2"); });
        var depth = new Option<int>("--depth") { Description = "Candidates from each first stage (at least 1).", DefaultValueFactory = _ => 50 };
        depth.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--depth must be at least 1"); });
        var seed = new Option<int>("--seed") { Description = "Seed of the set-aside choice, the folds and training.", DefaultValueFactory = _ => 2020 };
        var cmd = new Command("factchecks", "Train the fact-check re-ranker on CheckThat! 2020 Task 2 train (dev is scored, never tuned on).") { data, output, noWrite, folds, depth, seed };
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(Path.Combine(root, ClaimRetrievalCorpus.Folder)))
            {
                Console.Error.WriteLine($"newslens train factchecks: {ClaimRetrievalCorpus.Folder}/ not found in the shared data folder; pass --data DIR or set NEWSLENS_SHARED_DATA");
                return ExitCodes.Usage;
            }
            var sw = Stopwatch.StartNew();
            var corpus = ClaimRetrievalCorpus.Read(root);
            Console.WriteLine($"read {corpus.Claims.Count} verified claims, {corpus.Train.Count} train and {corpus.Dev.Count} dev queries");
            var encoder = new CachedClaimEncoder(StandardPipelines.SharedEncoder(new EncoderOptions()), EncodedCorpus.DefaultCacheDirectory,
                (done, total) => Console.Error.WriteLine($"encoded {done}/{total}"));
            var options = new FactCheckTrainingOptions { Folds = pr.GetValue(folds), Depth = pr.GetValue(depth), Seed = pr.GetValue(seed) };
            var result = new FactCheckTrainer(options, Console.Out).Run(corpus, encoder);
            Console.WriteLine($"trained in {sw.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine(FactCheckCard.Scores(result));
            if (pr.GetValue(noWrite)) return ExitCodes.Ok;
            var repo = RepositoryPaths.FindRoot();
            var path = pr.GetValue(output) ?? (repo is null ? FactCheckReRanker.FileName : Path.Combine(repo, "models", FactCheckReRanker.FileName));
            string command = ("newslens train factchecks " + string.Join(' ', pr.Tokens.Select(t => t.Value).SkipWhile(v => v != "factchecks").Skip(1))).TrimEnd();
            var facts = new Dictionary<string, string> { ["data"] = ClaimRetrievalCorpus.Folder, ["command"] = command };
            foreach (var (system, split, s) in result.Scores) facts[$"{system} {split}"] = s.ToString();
            ModelFile.Write(path, FactCheckReRanker.Spec, result.Model.ToContent(facts));
            string sha = ModelFile.Sha256(File.ReadAllBytes(path));
            File.WriteAllText(Path.ChangeExtension(path, ".md"), FactCheckCard.Card(result, options, command, sha));
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length} bytes), {Path.ChangeExtension(path, ".md")}");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

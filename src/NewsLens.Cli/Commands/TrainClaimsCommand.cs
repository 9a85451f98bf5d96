using System.CommandLine;
using System.Globalization;
using NewsLens.Analyzers.Claims;
using NewsLens.Cli.Options;
using NewsLens.Training.Claims;
using NewsLens.Models;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens train claims</c>: trains models/claims.bin and, with --cv, prints every evaluation figure; with
/// <c>--encoder</c>, trains models/claims.encoder.bin (stacked on the shipped claims.bin) and prints its evaluation.
/// </summary>
internal static class TrainClaimsCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: models/claims.bin, or models/claims.encoder.bin with --encoder)." };
        var cv = new Option<bool>("--cv") { Description = "Evaluate first: grouped CV on debate transcripts (MAP), tweet dev sets (MAP, F1), ClaimBuster k-fold (F1)." };
        var folds = new Option<int>("--folds") { Description = "Transcript folds for --cv; 0 = leave one transcript group out.", DefaultValueFactory = _ => 10 };
        var allCb = new Option<bool>("--all-claimbuster") { Description = "With --cv, evaluate on all three ClaimBuster sets (2x, 2.5x, 3x NCS)." };
        var noSave = new Option<bool>("--no-save") { Description = "Do not train or write the final model (evaluation only)." };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => new ClaimTrainingOptions { DataRoot = "" }.Epochs };
        var posWeight = new Option<float>("--positive-weight") { Description = "Loss weight of positive transcript lines.", DefaultValueFactory = _ => 4f };
        var tweetWeight = new Option<float>("--tweet-weight") { Description = "Loss weight of training tweets.", DefaultValueFactory = _ => 1f };
        var noContext = new Option<bool>("--no-context") { Description = "Leave out neighbouring-unit features." };
        var noAffixes = new Option<bool>("--no-affixes") { Description = "Leave out word prefix/suffix features." };
        var bits = new Option<int>("--bits") { Description = "Hash bits (model size 4 * 2^bits bytes).", DefaultValueFactory = _ => 20 };
        var skipCb = new Option<bool>("--skip-claimbuster-cv") { Description = "With --cv, skip the ClaimBuster evaluation." };
        var encoding = new EncoderTrainingOptions(ClaimEncoderModel.Spec.FileName);
        var defaults = new ClaimStackOptions();
        var stackContext = new Option<bool>("--stack-context") { Description = "With --encoder: also read the previous and next unit's vectors." };
        var stackNoMargin = new Option<bool>("--stack-no-margin") { Description = "With --encoder: leave out the hashed model's margin (vectors only, for comparison)." };
        var stackEpochs = new Option<int>("--stack-epochs") { Description = "With --encoder: epochs of the stacked model.", DefaultValueFactory = _ => defaults.Epochs }.AtLeast(1);
        var stackRate = new Option<double>("--stack-rate") { Description = "With --encoder: AdaGrad learning rate of the stacked model.", DefaultValueFactory = _ => defaults.LearningRate }.Positive();
        var stackL2 = new Option<double>("--stack-l2") { Description = "With --encoder: L2 of the stacked model.", DefaultValueFactory = _ => defaults.L2 };
        var heldOutGroups = new Option<int>("--held-out-groups") { Description = "With --encoder: transcript groups set aside before tuning and scored once.", DefaultValueFactory = _ => defaults.HeldOutGroups }.AtLeast(1);
        var skipHeldOut = new Option<bool>("--skip-held-out") { Description = "With --encoder: do not score the held-out part (tuning runs; score it once, at the end)." };
        var cmd = new Command("claims", "Train the check-worthiness model from CheckThat! and ClaimBuster data.")
        {
            data, output, cv, folds, allCb, noSave, epochs, posWeight, tweetWeight, noContext, noAffixes, bits, skipCb,
            stackContext, stackNoMargin, stackEpochs, stackRate, stackL2, heldOutGroups, skipHeldOut,
        };
        encoding.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(root))
            {
                Console.Error.WriteLine($"newslens train claims: shared data folder not found ({root ?? "../shared/data"}); pass --data DIR");
                return ExitCodes.Usage;
            }
            var options = new ClaimTrainingOptions
            {
                DataRoot = root, Folds = pr.GetValue(folds), Epochs = pr.GetValue(epochs), TranscriptPositiveWeight = pr.GetValue(posWeight),
                TweetWeight = pr.GetValue(tweetWeight), EvaluateClaimBuster = !pr.GetValue(skipCb),
                Features = new ClaimFeatureOptions { Bits = pr.GetValue(bits), Context = !pr.GetValue(noContext), Affixes = !pr.GetValue(noAffixes) },
            };
            var trainer = new ClaimTrainer(options, Console.Out);
            try
            {
                if (encoding.Corpus(pr) is { } corpus)
                {
                    var stack = new ClaimStackOptions
                    {
                        Context = pr.GetValue(stackContext), Margin = !pr.GetValue(stackNoMargin), Epochs = pr.GetValue(stackEpochs),
                        LearningRate = pr.GetValue(stackRate), L2 = pr.GetValue(stackL2), HeldOutGroups = pr.GetValue(heldOutGroups),
                        ScoreHeldOut = !pr.GetValue(skipHeldOut),
                    };
                    return TrainStack(trainer, stack, corpus, pr.GetValue(output), pr.GetValue(noSave));
                }
                var loaded = trainer.Load(pr.GetValue(allCb));
                double threshold = 0.5, tweetThreshold = 0.5;
                if (pr.GetValue(cv))
                {
                    var eval = trainer.Evaluate(loaded);
                    threshold = eval.TranscriptThreshold;
                    tweetThreshold = eval.TweetThreshold;
                }
                if (pr.GetValue(noSave)) return ExitCodes.Ok;
                var path = pr.GetValue(output) ?? Path.Combine(RepositoryPaths.FindRoot() ?? ".", "models", ClaimModel.Spec.FileName);
                var args = string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
                var model = trainer.TrainFinal(loaded, threshold, tweetThreshold, "newslens " + args);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                using (var f = File.Create(path)) model.Save(f);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB)"));
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"newslens train claims: {ex.Message}");
                return ExitCodes.SomeFailed;
            }
        });
        return cmd;
    }

    // The stack reads the margins of the claims.bin it will be served with: the one in the checkout's models folder.
    private static int TrainStack(ClaimTrainer trainer, ClaimStackOptions stack, NewsLens.Training.Vectors.EncodedCorpus corpus, string? output, bool noSave)
    {
        var shipped = ClaimModel.LoadFile(ModelDirectory.Default.Require(ClaimModel.Spec.FileName, ClaimModel.Spec.TrainCommand));
        var loaded = trainer.Load();
        var facts = new Dictionary<string, string>
        {
            ["command"] = "newslens " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
            ["data"] = $"checkthat2019 debates + checkthat2020 debates (training), checkthat2020 tweets training_v2 + checkthat2022 1A train, claimbuster kfold_{trainer.Options.ClaimBusterSet}ncs",
            ["encoder"] = EncoderTrainingOptions.Fact(corpus),
        };
        var result = new ClaimStackTrainer(trainer, stack, corpus, Console.Out).Run(loaded, shipped, facts);
        Console.WriteLine();
        foreach (var line in result.Figures) Console.WriteLine(line);
        if (noSave) return ExitCodes.Ok;
        var path = output ?? Path.Combine(RepositoryPaths.FindRoot() ?? ".", "models", ClaimEncoderModel.Spec.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var f = File.Create(path)) result.Model.Save(f);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({new FileInfo(path).Length / 1024.0:0.0} KB)"));
        return ExitCodes.Ok;
    }
}

using System.CommandLine;
using System.Globalization;
using NewsLens.Analyzers.Claims;
using NewsLens.Training.Claims;
using NewsLens.Models;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens train claims</c>: trains models/claims.bin and, with --cv, prints every evaluation figure.</summary>
internal static class TrainClaimsCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: models/claims.bin in the repository)." };
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
        var cmd = new Command("claims", "Train the check-worthiness model from CheckThat! and ClaimBuster data.")
        {
            data, output, cv, folds, allCb, noSave, epochs, posWeight, tweetWeight, noContext, noAffixes, bits, skipCb,
        };
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
}

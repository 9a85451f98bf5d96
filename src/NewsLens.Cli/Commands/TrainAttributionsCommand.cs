using System.CommandLine;
using NewsLens.Analyzers.Attributions;
using NewsLens.Training.Attributions;
using NewsLens.Models;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens train attributions`: trains on PolNeAR train, saves the model, prints the dev table.</summary>
internal static class TrainAttributionsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "PolNeAR folder holding train/ and dev/", DefaultValueFactory = _ => DefaultData() };
        var output = new Option<string>("--output", "-o") { Description = "model file to write", DefaultValueFactory = _ => Path.Combine("models", AttributionModel.Spec.FileName) };
        var epochs = new Option<int>("--epochs") { Description = "training epochs", DefaultValueFactory = _ => 6 };
        var evalOnly = new Option<bool>("--eval-dev") { Description = "only evaluate the model file (-o) on dev and print the table" };
        var basil = new Option<bool>("--eval-basil") { Description = "also check speaker attribution on BASIL quotes" };
        var heldOut = new Option<double?>("--held-out") { Description = "development mode: train on 9/10 of the train articles with this cue bias, score the other tenth (never dev), list cue errors" };
        var cmd = new Command("attributions", "Train the attribution model on PolNeAR train and score it on PolNeAR dev.") { data, output, epochs, evalOnly, basil, heldOut };
        cmd.SetAction(pr =>
        {
            string root = pr.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(root, "train")) || !Directory.Exists(Path.Combine(root, "dev")))
            {
                Console.Error.WriteLine($"newslens: {root}: not a PolNeAR folder (train/ and dev/ expected)");
                return ExitCodes.Usage;
            }
            if (pr.GetValue(heldOut) is { } cueBias)
            {
                var (fit, held) = AttributionTrainer.HeldOutSplit(BratReader.ReadSplit(Path.Combine(root, "train")));
                var m = AttributionTrainer.Train(fit, pr.GetValue(epochs), log: Console.WriteLine).WithCueBias(cueBias);
                var x = new AttributionExtractor(m);
                Console.WriteLine($"held-out train articles: {held.Count} annotation files, {held.Sum(t => t.Relations.Count)} relations (cue bias {cueBias})");
                Console.Write(AttributionTrainer.Evaluate(x, held).Table());
                var (missed, spurious) = AttributionTrainer.CueErrors(x, held, 40);
                Console.WriteLine("missed cues: " + string.Join(", ", missed.Select(e => $"{e.Cue} ({e.Count})")));
                Console.WriteLine("spurious cues: " + string.Join(", ", spurious.Select(e => $"{e.Cue} ({e.Count})")));
                foreach (var e in AttributionTrainer.ContentErrors(x, held, 40)) Console.WriteLine(e);
                return ExitCodes.Ok;
            }
            AttributionModel model;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            if (pr.GetValue(evalOnly))
            {
                // why: evaluate the file training writes (-o), not a copy next to the binary that may be older
                string path = pr.GetValue(output)!;
                if (File.Exists(path)) { using var fs = File.OpenRead(path); model = AttributionModel.Load(fs); }
                else model = AttributionsPipelineExtensions.LoadModel(new ModelDirectory());
                Console.WriteLine($"model: {(File.Exists(path) ? Path.GetFullPath(path) : "from the model directory")} (sha256 {model.Sha256})");
            }
            else
            {
                var train = BratReader.ReadSplit(Path.Combine(root, "train"));
                Console.WriteLine($"train: {train.Count} annotation files, {train.Sum(t => t.Relations.Count)} relations");
                // The cue bias is tuned on held-out training articles (never on dev), then the model is trained on all of train.
                double bias = AttributionTrainer.TuneCueBias(train, pr.GetValue(epochs), [0, 1, 2, 4, 6, 9], Console.WriteLine);
                Console.WriteLine($"chosen cue bias: {bias}");
                model = AttributionTrainer.Train(train, pr.GetValue(epochs), log: Console.WriteLine).WithCueBias(bias);
                string outPath = pr.GetValue(output)!;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
                using (var fs = File.Create(outPath)) model.Save(fs);
                Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KB) in {sw.Elapsed.TotalSeconds:0.0} s");
                using var rs = File.OpenRead(outPath);
                model = AttributionModel.Load(rs);
            }
            var dev = BratReader.ReadSplit(Path.Combine(root, "dev"));
            var scorer = AttributionTrainer.Evaluate(new AttributionExtractor(model), dev);
            Console.WriteLine($"PolNeAR dev: {dev.Count} annotation files, {dev.Sum(t => t.Relations.Count)} relations");
            Console.Write(scorer.Table());
            if (pr.GetValue(basil))
            {
                string basilDir = SharedDataPath("basil-media-bias");
                if (!Directory.Exists(basilDir)) { Console.Error.WriteLine($"newslens: {basilDir}: not found"); return ExitCodes.SomeFailed; }
                Console.WriteLine(BasilSpeakerEvaluation.Run(basilDir, new AttributionExtractor(model)));
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    internal static string DefaultData() => SharedDataPath("polnear-attribution");

    /// <summary>../shared/data/NAME beside the repository (or $NEWSLENS_SHARED_DATA/NAME).</summary>
    internal static string SharedDataPath(string name) =>
        Path.Combine(RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot()) ?? Path.Combine("..", "shared", "data"), name);
}

using System.CommandLine;
using NewsLens.Cli.Options;
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
        var output = new Option<string>("--output", "-o") { Description = "model file to write (default: models/attributions.bin, or models/attributions.encoder.bin with --encoder)" };
        var epochs = new Option<int>("--epochs") { Description = "training epochs", DefaultValueFactory = _ => 6 };
        var evalOnly = new Option<bool>("--eval-dev") { Description = "only evaluate the model file (-o) on dev and print the table" };
        var basil = new Option<bool>("--eval-basil") { Description = "also check speaker attribution on BASIL quotes" };
        var heldOut = new Option<double?>("--held-out") { Description = "development mode: train on 9/10 of the train articles with this cue bias, score the other tenth (never dev), list cue errors" };
        var encoding = new EncoderTrainingOptions(AttributionModel.EncoderSpec.FileName);
        var denseScale = new Option<float>("--dense-scale") { Description = "With --encoder: scale of the standardised encoder inputs (the dense heads' step size)", DefaultValueFactory = _ => AttributionTrainer.DefaultDenseScale };
        var minStarts = new Option<int>("--cue-min-starts") { Description = "Cue vocabulary: words that start at least this many training cues", DefaultValueFactory = _ => AttributionTrainer.CueVocabularyRule.Default.MinStarts };
        var minShare = new Option<double>("--cue-min-share") { Description = "Cue vocabulary: ... and at least this share of their occurrences", DefaultValueFactory = _ => AttributionTrainer.CueVocabularyRule.Default.MinShare };
        var cmd = new Command("attributions", "Train the attribution model on PolNeAR train and score it on PolNeAR dev.") { data, output, epochs, evalOnly, basil, heldOut, denseScale, minStarts, minShare };
        encoding.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var corpus = encoding.Corpus(pr);
            float scale = pr.GetValue(denseScale);
            var vocabRule = new AttributionTrainer.CueVocabularyRule(pr.GetValue(minStarts), pr.GetValue(minShare));
            if (corpus is not null) Console.WriteLine($"dense scale {scale}");
            string outputPath = pr.GetResult(output) is { Implicit: false } ? pr.GetValue(output)! : Path.Combine(RepositoryPaths.FindRoot() ?? ".", "models", (corpus is null ? AttributionModel.Spec : AttributionModel.EncoderSpec).FileName);
            string root = pr.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(root, "train")) || !Directory.Exists(Path.Combine(root, "dev")))
            {
                Console.Error.WriteLine($"newslens: {root}: not a PolNeAR folder (train/ and dev/ expected)");
                return ExitCodes.Usage;
            }
            if (pr.GetValue(heldOut) is { } cueBias)
            {
                var (fit, held) = AttributionTrainer.HeldOutSplit(BratReader.ReadSplit(Path.Combine(root, "train")));
                var m = AttributionTrainer.Train(fit, pr.GetValue(epochs), log: Console.WriteLine, encoder: corpus, denseScale: scale, cueVocabulary: vocabRule).WithCueBias(cueBias);
                var x = new AttributionExtractor(m);
                Console.WriteLine($"held-out train articles: {held.Count} annotation files, {held.Sum(t => t.Relations.Count)} relations (cue bias {cueBias})");
                Console.Write(AttributionTrainer.Evaluate(x, held, corpus).Table());
                var (missed, spurious) = AttributionTrainer.CueErrors(x, held, 40, corpus);
                Console.WriteLine("missed cues: " + string.Join(", ", missed.Select(e => $"{e.Cue} ({e.Count})")));
                Console.WriteLine("spurious cues: " + string.Join(", ", spurious.Select(e => $"{e.Cue} ({e.Count})")));
                foreach (var e in AttributionTrainer.ContentErrors(x, held, 40, corpus)) Console.WriteLine(e);
                return ExitCodes.Ok;
            }
            AttributionModel model;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            if (pr.GetValue(evalOnly))
            {
                // why: evaluate the file training writes (-o), not a copy next to the binary that may be older
                string path = outputPath;
                if (File.Exists(path)) { using var fs = File.OpenRead(path); model = corpus is null ? AttributionModel.Load(fs) : AttributionModel.LoadEncoder(fs); }
                else model = AttributionsPipelineExtensions.LoadModel(new ModelDirectory(), useEncoder: corpus is not null);
                Console.WriteLine($"model: {(File.Exists(path) ? Path.GetFullPath(path) : "from the model directory")} (sha256 {model.Sha256})");
            }
            else
            {
                var train = BratReader.ReadSplit(Path.Combine(root, "train"));
                Console.WriteLine($"train: {train.Count} annotation files, {train.Sum(t => t.Relations.Count)} relations");
                // The cue bias is tuned on held-out training articles (never on dev), then the model is trained on all of train.
                double bias = AttributionTrainer.TuneCueBias(train, pr.GetValue(epochs), [0, 1, 2, 4, 6, 9], Console.WriteLine, corpus, scale, vocabRule);
                Console.WriteLine($"chosen cue bias: {bias}");
                var facts = new Dictionary<string, string>
                {
                    ["data"] = $"polnear-attribution train ({train.Select(t => t.Text).Distinct().Count()} texts, {train.Count} annotation files); cue bias tuned on its held-out tenth",
                    ["command"] = string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Prepend("newslens")),
                    ["cueBias"] = bias.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                if (corpus is not null) facts["encoder"] = EncoderTrainingOptions.Fact(corpus);
                model = AttributionTrainer.Train(train, pr.GetValue(epochs), log: Console.WriteLine, encoder: corpus, denseScale: scale, facts: facts, cueVocabulary: vocabRule).WithCueBias(bias);
                string outPath = outputPath;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
                using (var fs = File.Create(outPath)) model.Save(fs);
                Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KB) in {sw.Elapsed.TotalSeconds:0.0} s");
                using var rs = File.OpenRead(outPath);
                model = corpus is null ? AttributionModel.Load(rs) : AttributionModel.LoadEncoder(rs);
            }
            var dev = BratReader.ReadSplit(Path.Combine(root, "dev"));
            var scorer = AttributionTrainer.Evaluate(new AttributionExtractor(model), dev, corpus);
            Console.WriteLine($"PolNeAR dev: {dev.Count} annotation files, {dev.Sum(t => t.Relations.Count)} relations");
            Console.Write(scorer.Table());
            if (pr.GetValue(basil))
            {
                string basilDir = SharedDataPath("basil-media-bias");
                if (!Directory.Exists(basilDir)) { Console.Error.WriteLine($"newslens: {basilDir}: not found"); return ExitCodes.SomeFailed; }
                Console.WriteLine(BasilSpeakerEvaluation.Run(basilDir, new AttributionExtractor(model), corpus));
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

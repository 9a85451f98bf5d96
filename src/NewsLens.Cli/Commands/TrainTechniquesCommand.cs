using System.CommandLine;
using NewsLens.Cli.Options;
using System.Diagnostics;
using System.Globalization;
using NewsLens.Analyzers.Techniques;
using NewsLens.Training.Techniques;
using NewsLens.Models;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens train techniques`: trains models/techniques.bin on PTC, or cross-validates with --cv.</summary>
internal static class TrainTechniquesCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Shared data folder (default: ../shared/data beside the checkout, or $NEWSLENS_SHARED_DATA)." };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: models/techniques.bin of the checkout)." };
        var cv = new Option<int>("--cv") { Description = "Run k-fold cross-validation grouped by article instead of training (e.g. 5).", DefaultValueFactory = _ => 0 };
        var stage = new Option<string>("--stage") { Description = "With --cv: evaluate si, tc or both.", DefaultValueFactory = _ => "both" };
        stage.AcceptOnlyFromAmong("both", "si", "tc");
        var encoding = new EncoderTrainingOptions(TechniqueModel.EncoderSpec.FileName);
        var holdout = new Option<bool>("--eval-holdout") { Description = "Train on the articles outside the untouched held-out part (id hash mod 7 = 0) and score that part once." };
        var decoder = new Option<string>("--decoder") { Description = "SI decoding: threshold (runs of likely tokens; default, what ships) or structured (semi-Markov over start/end heads).", DefaultValueFactory = _ => "threshold" };
        decoder.AcceptOnlyFromAmong("structured", "threshold");
        var cmd = new Command("techniques", "Train the propaganda-technique tagger (SI + TC) on the PTC training articles.") { data, output, cv, stage, holdout, decoder };
        encoding.AddTo(cmd);
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(root))
            {
                Console.Error.WriteLine($"newslens train techniques: shared data folder not found ({root ?? "../shared/data"}); pass --data");
                return ExitCodes.Usage;
            }
            var sw = Stopwatch.StartNew();
            List<PtcArticle> articles;
            try
            {
                articles = PtcCorpus.Load(Path.Combine(root, "ptc-semeval2020-task11"));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"newslens train techniques: {ex.Message}");
                return ExitCodes.SomeFailed;
            }
            Console.WriteLine($"{articles.Count} PTC articles, {articles.Sum(a => a.SiSpans.Count)} SI spans, {articles.Sum(a => a.TcSpans.Count)} TC spans; lexicon of {NewsLens.Lexical.Lexicon.Embedded.Count} terms");
            var corpus = encoding.Corpus(pr);
            int folds = pr.GetValue(cv);
            var tuning = articles.Where(a => !PtcCorpus.IsHeldOut(a.Id)).ToList();
            var heldOut = articles.Where(a => PtcCorpus.IsHeldOut(a.Id)).ToList();
            var trainOpts = new TechniqueTrainingOptions { StructuredDecoder = pr.GetValue(decoder) == "structured" };
            if (pr.GetValue(holdout))
            {
                Console.WriteLine($"training on {tuning.Count} articles, scoring the {heldOut.Count} held-out ones");
                var h = TechniqueTrainer.TrainAndTest(tuning, heldOut, trainOpts, log: Console.WriteLine, encoder: corpus);
                foreach (var l in h.FoldLines) Console.WriteLine(l);
                Console.WriteLine($"elapsed {sw.Elapsed.TotalSeconds:0.0} s");
                return ExitCodes.Ok;
            }
            if (folds > 0)
            {
                var st = pr.GetValue(stage);
                var opts = trainOpts with { EvaluateSpans = st != "tc", EvaluateClasses = st != "si" };
                var r = TechniqueTrainer.CrossValidate(tuning, folds, opts, log: Console.WriteLine, encoder: corpus);
                Console.WriteLine($"{r.Folds}-fold CV grouped by article over {r.Articles} articles (the {heldOut.Count} held-out ones excluded):");
                Console.WriteLine($"SI (official partial-overlap measure, code points): P={r.SiPrecision:0.0000} R={r.SiRecall:0.0000} F1={r.SiF1:0.0000} (predicted {r.SiPredicted}, gold merged {r.SiGold})");
                Console.WriteLine($"TC micro-F1 on gold spans: {r.TcMicroF1:0.0000} ({r.TcCorrect}/{r.TcTotal})");
                Console.WriteLine(r.FoldLines[^1]);
                foreach (var (name, (c, t)) in r.TcPerTechnique)
                    Console.WriteLine($"  {name,-36} {c,5}/{t,-5} recall={(t == 0 ? 0 : (double)c / t):0.000}");
                Console.WriteLine($"elapsed {sw.Elapsed.TotalSeconds:0.0} s");
                return ExitCodes.Ok;
            }
            var meta = new Dictionary<string, string>
            {
                ["data"] = "ptc-semeval2020-task11 train-articles (" + articles.Count.ToString(CultureInfo.InvariantCulture) + " articles)",
                ["lexicons"] = "embedded lexicon (newslens train lexicon): recasens2013, hedges-boosters-islam2020, vader, mfd2.0, ours",
                ["command"] = (corpus is null ? "newslens train techniques" : "newslens train techniques --encoder") + " --decoder " + pr.GetValue(decoder),
            };
            if (corpus is not null) meta["encoder"] = EncoderTrainingOptions.Fact(corpus);
            var model = TechniqueTrainer.Train(articles, trainOpts, log: Console.WriteLine, metadata: meta, encoder: corpus);
            var path = pr.GetValue(output) ?? Path.Combine(RepositoryPaths.FindRoot() ?? ".", "models", (corpus is null ? TechniqueModel.Spec : TechniqueModel.EncoderSpec).FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var f = File.Create(path)) model.Save(f);
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {sw.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

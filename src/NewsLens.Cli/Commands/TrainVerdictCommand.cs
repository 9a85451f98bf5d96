using System.CommandLine;
using System.Diagnostics;
using NewsLens.Analyzers.Verdict;
using NewsLens.Training.Verdict;
using NewsLens.Models;
using NewsLens.Cli.Options;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens train verdict</c>: trains the hyperpartisan verdict model and prints its cross-validation.</summary>
internal static class TrainVerdictCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var cv = new Option<int>("--cv") { Description = "Cross-validation folds, random and outlet-grouped (0: train only).", DefaultValueFactory = _ => 10 };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: models/verdict.bin in the repository)." };
        var noWrite = new Option<bool>("--no-write") { Description = "Evaluate only; write no model, card or figure." };
        var l2 = new Option<double?>("--l2") { Description = "Fix the L2 strength instead of choosing it by inner CV." };
        var scale = new Option<float?>("--style-scale") { Description = "Fix the style scale instead of choosing it by inner CV." };
        var minOutlets = new Option<int>("--min-outlets") { Description = "Keep a term only when articles of this many distinct outlets use it.", DefaultValueFactory = _ => 3 };
        var titles = new Option<bool>("--title-features") { Description = "Also read title terms as separate features." };
        var nb = new Option<bool>("--nb") { Description = "Scale terms by their naive-Bayes log-count ratio (NBSVM style)." };
        var cmd = new Command("verdict", "Train the hyperpartisan verdict model on SemEval-2019 by-article data.") { data, cv, output, noWrite, l2, scale, nb, minOutlets, titles };
        var encoding = new EncoderTrainingOptions(EncoderVerdictModel.Spec.FileName);
        encoding.AddTo(cmd);
        var modelDir = new Option<string?>("--models") { Description = "With --encoder: the models folder whose verdict.bin the head stacks on and whose technique, attribution and claim models give its signals (default: the usual model search)." };
        cmd.Add(modelDir);
        var samplesFile = new Option<string?>("--head-samples") { Description = "With --encoder: a file caching the analysed training samples (out-of-fold margins, signals, mean vectors); reused when it was written for the same encoder and models, else rewritten." };
        cmd.Add(samplesFile);
        var headL2 = new Option<double[]>("--head-l2") { Description = "With --encoder: the L2 strengths the head's inner CV tries.", AllowMultipleArgumentsPerToken = true };
        var headScale = new Option<float[]>("--head-vector-scale") { Description = "With --encoder: the scales of the mean sentence vector the head's inner CV tries (0: no vector).", AllowMultipleArgumentsPerToken = true };
        cmd.Add(headL2);
        cmd.Add(headScale);
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(root))
            {
                Console.Error.WriteLine("newslens train verdict: shared data folder not found; pass --data DIR or set NEWSLENS_SHARED_DATA");
                return ExitCodes.Usage;
            }
            var repo = RepositoryPaths.FindRoot();
            var dir = Path.Combine(root, "semeval2019-hyperpartisan-byarticle");
            var articles = SemEvalArticleReader.ReadLabeled(
                Path.Combine(dir, "articles-training-byarticle-20181122.xml"),
                Path.Combine(dir, "ground-truth-training-byarticle-20181122.xml"),
                skipped => Console.WriteLine($"left out (analysis refuses it too): {skipped}"));
            var sw = Stopwatch.StartNew();
            var options = new VerdictTrainingOptions { Folds = pr.GetValue(cv), NbScaling = pr.GetValue(nb), MinOutlets = pr.GetValue(minOutlets), TitleFeatures = pr.GetValue(titles) };
            if (pr.GetValue(l2) is { } fixedL2) options = options with { L2Grid = [fixedL2] };
            if (pr.GetValue(scale) is { } fixedScale) options = options with { StyleScaleGrid = [fixedScale] };
            if (pr.GetValue(encoding.Encoder))
                return TrainHead(pr, articles, options, encoding, new ModelDirectory(pr.GetValue(modelDir)), pr.GetValue(output), pr.GetValue(noWrite), repo, pr.GetValue(samplesFile),
                    HeadOptions(pr.GetValue(headL2), pr.GetValue(headScale)));
            var result = new VerdictTrainer(options, Console.Out).Run(articles);
            Console.WriteLine($"trained in {sw.Elapsed.TotalSeconds:0.0} s");
            foreach (var r in result.Reports) VerdictCardWriter.PrintReport(Console.Out, r);
            if (pr.GetValue(noWrite)) return ExitCodes.Ok;
            var modelPath = pr.GetValue(output) ?? (repo is null ? VerdictModel.Spec.FileName : Path.Combine(repo, "models", VerdictModel.Spec.FileName));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
            using (var fs = File.Create(modelPath)) result.Model.Save(fs);
            var card = Path.ChangeExtension(modelPath, ".md");
            var svg = Path.ChangeExtension(modelPath, ".reliability.svg");
            VerdictCardWriter.WriteCard(card, svg, result, options, "newslens train verdict " + string.Join(' ', pr.Tokens.Select(t => t.Value).SkipWhile(v => v != "verdict").Skip(1)));
            Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB), {card}, {svg}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static EncoderVerdictOptions HeadOptions(double[]? l2, float[]? scales)
    {
        var o = new EncoderVerdictOptions();
        if (l2 is { Length: > 0 }) o = o with { L2Grid = l2 };
        if (scales is { Length: > 0 }) o = o with { VectorScaleGrid = scales };
        return o;
    }

    // --encoder: out-of-fold term margins from the fast trainer's outlet-grouped CV (verdict.bin is not rewritten), the
    // articles through the accurate pipeline without the verdict head, then the head's own evaluation and training.
    private static int TrainHead(ParseResult pr, IReadOnlyList<SemEvalArticle> articles, VerdictTrainingOptions options, EncoderTrainingOptions encoding,
        ModelDirectory models, string? output, bool noWrite, string? repo, string? samplesPath, EncoderVerdictOptions headOptions)
    {
        var sw = Stopwatch.StartNew();
        var corpus = encoding.Corpus(pr)!;
        string verdictPath = models.Require(VerdictModel.Spec.FileName, VerdictModel.Spec.TrainCommand);
        string verdictSha;
        using (var fs = File.OpenRead(verdictPath)) verdictSha = VerdictModel.Load(fs).Sha256!;
        var pipeline = NewsLens.Analyzers.NewsLensPipeline.Create(new NewsLens.Training.Vectors.CachedEncoderAnalyzer(corpus), models, verdictHead: false);
        // why: the samples depend on the encoder, the fast model's training options and every model the signals come from
        string key = string.Join("|", corpus.Identity.Key, verdictSha, options.ToString(), string.Join(",", options.L2Grid), string.Join(",", options.StyleScaleGrid),
            string.Join(",", pipeline.Analyzers.Select(x => x.Id + ":" + x.ModelSha256)));
        var samples = samplesPath is not null ? EncoderVerdictSamples.TryRead(samplesPath, key, articles.Count) : null;
        if (samples is not null) Console.WriteLine($"read {samples.Count} samples from {samplesPath}");
        else
        {
            var fast = new VerdictTrainer(options with { Folds = Math.Max(options.Folds, 2) }, Console.Out).Run(articles);
            var grouped = fast.Reports.First(r => r.Name.StartsWith("outlet", StringComparison.Ordinal));
            Console.WriteLine($"fast model cross-validated in {sw.Elapsed.TotalSeconds:0.0} s ({grouped.Name}: accuracy {grouped.Calibrated.Accuracy:0.000})");
            var made = new EncoderVerdictSample[articles.Count];
            int done = 0;
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var a = articles[i];
                var result = pipeline.Analyze(a.Text, a.Metadata);
                if (result.HasErrors) throw new InvalidOperationException($"article {a.Id}: {string.Join("; ", result.Diagnostics.Select(d => d.Message))}");
                made[i] = EncoderVerdictSample.Of(a.Id, a.Outlet, a.Hyperpartisan!.Value, grouped.TermMargins[i], grouped.Margins[i], result.Document);
                if (Interlocked.Increment(ref done) % 100 == 0) Console.WriteLine($"  analysed {done}/{articles.Count} ({sw.Elapsed.TotalSeconds:0} s)");
            });
            samples = made;
            if (samplesPath is not null) EncoderVerdictSamples.Write(samplesPath, key, samples);
        }
        var facts = new Dictionary<string, string>
        {
            [EncoderVerdictModel.StacksOnFact] = verdictSha,
            ["encoder"] = EncoderTrainingOptions.Fact(corpus),
            ["data"] = "SemEval-2019 Task 4 by-article training set (645 articles), official release CC BY 4.0",
            ["signalModels"] = string.Join(", ", pipeline.Analyzers.Where(x => x.ModelSha256 is not null).Select(x => $"{x.Id} {x.ModelSha256![..Math.Min(12, x.ModelSha256!.Length)]}")),
        };
        var head = new EncoderVerdictTrainer(headOptions, Console.Out).Run([.. samples], corpus.Identity.Key, facts);
        Console.WriteLine($"trained in {sw.Elapsed.TotalSeconds:0.0} s");
        foreach (var r in head.Reports) VerdictCardWriter.PrintReport(Console.Out, r);
        if (noWrite) return ExitCodes.Ok;
        var modelPath = output ?? (repo is null ? EncoderVerdictModel.Spec.FileName : Path.Combine(repo, "models", EncoderVerdictModel.Spec.FileName));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        using (var fs = File.Create(modelPath)) head.Model.Save(fs);
        var card = Path.ChangeExtension(modelPath, ".md");
        VerdictCardWriter.WriteHeadCard(card, head, "newslens train verdict " + string.Join(' ', pr.Tokens.Select(t => t.Value).SkipWhile(v => v != "verdict").Skip(1)));
        Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB), {card}");
        return ExitCodes.Ok;
    }
}

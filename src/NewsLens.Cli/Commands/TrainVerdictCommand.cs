using System.CommandLine;
using System.Diagnostics;
using NewsLens.Analyzers.Verdict;
using NewsLens.Training.Verdict;
using NewsLens.Models;

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
}

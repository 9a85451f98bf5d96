using System.Diagnostics;
using NewsLens.Analyzers.Verdict;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Text;
using NewsLens.Training.Lean;
using NewsLens.Training.Learning;
using NewsLens.Training.Vectors;

namespace NewsLens.Bench.Lean;

/// <summary>
/// Probe (not a shipped model): how far the shared encoder's sentence vectors alone carry political lean to outlets never
/// seen in training. Encodes each AllSides article's lead (the sentences within its first N words; vectors cached under
/// ~/.cache/newslens/vectors), averages the sentence vectors, and fits a class-balanced multinomial logistic regression:
/// outlet-grouped 5-fold CV on the train articles, then train → media-based valid.
/// Run: <c>dotnet NewsLens.Bench.dll lean-encoder-probe [leadWords=180]</c>.
/// </summary>
internal static class LeanEncoderProbe
{
    public static int Run(string[] args)
    {
        int lead = args.Length > 1 && int.TryParse(args[1], out var l) ? l : 180;
        var root = Pipeline.CorpusFiles.DataRoot();
        if (root is null) { Console.Error.WriteLine("../shared/data not found"); return 1; }
        var (train, _) = AllSidesCorpus.Read(root, "train");
        var (valid, _) = AllSidesCorpus.Read(root, "valid");
        var corpus = new EncodedCorpus(StandardPipelines.EncoderFor(ModelDirectory.Default), EncodedCorpus.DefaultCacheDirectory);
        var sw = Stopwatch.StartNew();
        int done = 0;
        float[] Mean(AllSidesArticle a)
        {
            var doc = Lead(a.Doc, lead);
            var v = EncoderVerdictModel.MeanSentenceVector(doc, corpus.Vectors(doc).Sentences);
            if (++done % 500 == 0) Console.WriteLine($"  encoded {done} leads ({sw.Elapsed.TotalSeconds:0} s)");
            return v;
        }
        var xt = train.Select(Mean).ToArray();
        var xv = valid.Select(Mean).ToArray();
        Console.WriteLine($"encoded {done} leads of up to {lead} words in {sw.Elapsed.TotalSeconds:0} s");
        int dim = xt[0].Length;
        var labels = new[] { "left", "center", "right" };
        foreach (double l2 in new[] { 1.0, 10, 100 })
        {
            var folds = OutletFolds.Grouped([.. train.Select(a => a.Host)], 5);
            var pred = new int[train.Count];
            for (int f = 0; f < 5; f++)
            {
                var tr = Enumerable.Range(0, train.Count).Where(i => folds[i] != f).ToArray();
                var m = Fit(xt, train, tr, dim, l2, out var mean, out var std);
                for (int i = 0; i < train.Count; i++) if (folds[i] == f) pred[i] = Predict(m, xt[i], mean, std);
            }
            var cv = MulticlassMetrics.Of([.. train.Select(a => a.Label)], pred, labels);
            var all = Enumerable.Range(0, train.Count).ToArray();
            var full = Fit(xt, train, all, dim, l2, out var fm, out var fs);
            var vp = xv.Select(x => Predict(full, x, fm, fs)).ToArray();
            var vm = MulticlassMetrics.Of([.. valid.Select(a => a.Label)], vp, labels);
            Console.WriteLine($"l2={l2}: outlet-grouped 5-fold CV {cv.Summary}; valid {vm.Summary}");
        }
        return 0;
    }

    // The article's sentences up to the one where the word count reaches `words`, as a document of its own.
    private static Document Lead(Document doc, int words)
    {
        int count = 0, end = 0;
        foreach (var s in doc.Sentences)
        {
            end = s.End;
            count += s.TokenCount;
            if (count >= words) break;
        }
        return Document.Create(doc.Text[..end], doc.Metadata);
    }

    private static MultinomialLogisticTrainer.Model Fit(float[][] x, List<AllSidesArticle> arts, int[] idx, int dim, double l2, out float[] mean, out float[] std)
    {
        mean = new float[dim];
        std = new float[dim];
        foreach (int i in idx) for (int d = 0; d < dim; d++) mean[d] += x[i][d] / idx.Length;
        foreach (int i in idx) for (int d = 0; d < dim; d++) std[d] += (x[i][d] - mean[d]) * (x[i][d] - mean[d]) / idx.Length;
        for (int d = 0; d < dim; d++) std[d] = MathF.Sqrt(std[d]) + 1e-6f;
        var m0 = mean; var s0 = std;
        var rows = idx.Select(i => Row(x[i], m0, s0)).ToArray();
        var y = idx.Select(i => arts[i].Label).ToArray();
        var counts = new double[3];
        foreach (var c in y) counts[c]++;
        var w = y.Select(c => y.Length / (3 * counts[c])).ToArray();
        return MultinomialLogisticTrainer.Train(rows, y, w, 3, dim, l2);
    }

    private static (int[], float[]) Row(float[] x, float[] mean, float[] std)
    {
        var idx = Enumerable.Range(0, x.Length).ToArray();
        var val = new float[x.Length];
        for (int d = 0; d < x.Length; d++) val[d] = (x[d] - mean[d]) / std[d];
        return (idx, val);
    }

    private static int Predict(MultinomialLogisticTrainer.Model m, float[] x, float[] mean, float[] std)
    {
        var (idx, val) = Row(x, mean, std);
        var z = m.Logits(idx, val);
        int best = 0;
        for (int k = 1; k < z.Length; k++) if (z[k] > z[best]) best = k;
        return best;
    }
}

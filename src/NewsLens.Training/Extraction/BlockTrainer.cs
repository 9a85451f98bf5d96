using NewsLens.Ingest.Html;
using NewsLens.Training.Learning;

namespace NewsLens.Training.Extraction;

/// <summary>Walks training pages into <see cref="BlockSample"/>s and fits the block classifier's logistic regression.</summary>
internal static class BlockTrainer
{
    public sealed record Settings(GradientBoostedTrees.Settings Trees);

    public static List<BlockSample> Prepare(IReadOnlyList<ExtractionPage> pages, int jobs)
    {
        var rules = new HtmlArticleExtractor(new HtmlExtractorOptions { UseBlockClassifier = false });
        var samples = new BlockSample?[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var inspected = rules.Inspect(pages[i].Html);
            if (inspected is not { } page)
                return;
            int w = BlockFeatures.Width;
            var rows = new float[page.Scan.Blocks.Count * w];
            BlockFeatures.Fill(page.Scan, page.RuleKept, rows);
            var (labels, weights) = BlockLabeler.Label(page.Scan.Blocks.Select(b => b.Text).ToList(), pages[i].Truth);
            samples[i] = new BlockSample
            {
                Page = pages[i], Scan = page.Scan, RuleKept = page.RuleKept, Titles = page.Titles,
                Rows = rows, Labels = labels, Weights = weights,
            };
        });
        return samples.Where(s => s is not null).Select(s => s!).ToList();
    }

    public static BlockModel Train(IReadOnlyList<BlockSample> samples, Settings settings, Action<string>? log = null)
    {
        int w = BlockFeatures.Width;
        int count = samples.Sum(s => s.Weights.Count(x => x > 0));
        var rows = new float[(long)count * w];
        var labels = new byte[count];
        var weights = new float[count];
        int at = 0;
        foreach (var s in samples)
            for (int b = 0; b < s.Count; b++)
            {
                if (s.Weights[b] <= 0)
                    continue;
                s.Rows.AsSpan(b * w, w).CopyTo(rows.AsSpan(at * w, w));
                labels[at] = s.Labels[b];
                weights[at] = s.Weights[b];
                at++;
            }
        var e = GradientBoostedTrees.Train(rows, count, w, labels, weights, settings.Trees, log);
        return new BlockModel(e.Depth, e.Base, e.Features, e.Thresholds, e.Leaves);
    }

    /// <summary>Every block's margin under the model, computed once per sample.</summary>
    public static float[] Margins(BlockSample sample, BlockModel model)
    {
        int w = BlockFeatures.Width;
        var margins = new float[sample.Count];
        for (int b = 0; b < sample.Count; b++)
            margins[b] = model.Margin(sample.Rows.AsSpan(b * w, w));
        return margins;
    }

    /// <summary>The blocks kept at these thresholds (see <see cref="BlockModel.Keeps"/>).</summary>
    public static List<int> Keep(BlockSample sample, float[] margins, float dropBelow, float addFrom)
    {
        var kept = new List<int>();
        var rules = sample.RuleMask;
        for (int b = 0; b < sample.Count; b++)
            if (rules[b] ? margins[b] >= dropBelow : margins[b] >= addFrom)
                kept.Add(b);
        return kept;
    }
}

using System.Buffers;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Decides block by block what is article text, from <see cref="BlockFeatures"/> and a learned <see cref="BlockModel"/>.
/// The structural rules' choice is one of its features, and the model has separate thresholds for dropping a block the
/// rules kept and adding one they left: it overrules them only where a block's own evidence (comment or caption markup,
/// link lists, bylines, text beside the chosen container) is strong enough.
/// Stateless; safe to share between threads.
/// </summary>
internal sealed class BlockClassifier(BlockModel model)
{
    /// <summary>Indices of the blocks kept, in document order.</summary>
    public List<int> Classify(PageScan scan, List<int> ruleKept)
    {
        int n = scan.Blocks.Count, w = BlockFeatures.Width;
        var kept = new List<int>(ruleKept.Count + 8);
        if (n == 0)
            return kept;
        var rows = ArrayPool<float>.Shared.Rent(n * w);
        try
        {
            var span = rows.AsSpan(0, n * w);
            span.Clear();
            BlockFeatures.Fill(scan, ruleKept, span);
            int next = 0;
            for (int b = 0; b < n; b++)
            {
                // why: ruleKept is in document order, so one cursor tells whether the rules kept block b.
                bool byRules = next < ruleKept.Count && ruleKept[next] == b;
                if (byRules)
                    next++;
                if (model.Keeps(model.Margin(span.Slice(b * w, w)), byRules))
                    kept.Add(b);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rows);
        }
        return kept;
    }
}

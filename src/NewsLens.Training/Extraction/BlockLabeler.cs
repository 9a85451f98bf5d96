namespace NewsLens.Training.Extraction;

/// <summary>
/// Gold labels for blocks: a block is article text when at least half of its 4-token shingles occur in the gold text
/// (the scorer's own unit); a block of one to three tokens when that exact token run occurs in it. Each block's loss
/// weight is its share of the page's tokens, so every page weighs the same, as in the per-page averaged F1.
/// </summary>
internal static class BlockLabeler
{
    public static (byte[] Labels, float[] Weights) Label(IReadOnlyList<string> blockTexts, string truth)
    {
        var goldTokens = ShingleScorer.Tokenize(truth);
        var gold = new HashSet<string>[5];
        for (int n = 1; n <= 4; n++)
        {
            gold[n] = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i + n <= goldTokens.Count; i++)
                gold[n].Add(string.Join('\u0001', goldTokens.GetRange(i, n)));
        }
        var labels = new byte[blockTexts.Count];
        var weights = new float[blockTexts.Count];
        double total = 0;
        for (int b = 0; b < blockTexts.Count; b++)
        {
            var tokens = ShingleScorer.Tokenize(blockTexts[b]);
            weights[b] = tokens.Count;
            total += tokens.Count;
            if (tokens.Count == 0)
                continue;
            if (tokens.Count < 4)
            {
                labels[b] = gold[tokens.Count].Contains(string.Join('\u0001', tokens)) ? (byte)1 : (byte)0;
                continue;
            }
            int hit = 0, all = tokens.Count - 3;
            for (int i = 0; i < all; i++)
                if (gold[4].Contains(string.Join('\u0001', tokens.GetRange(i, 4))))
                    hit++;
            labels[b] = 2 * hit >= all ? (byte)1 : (byte)0;
        }
        // why: 100 per page keeps the step sizes of the optimiser near those of unit-weight rows.
        if (total > 0)
            for (int b = 0; b < weights.Length; b++)
                weights[b] = (float)(weights[b] / total * 100);
        return (labels, weights);
    }
}

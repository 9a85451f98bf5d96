using NewsLens.Ingest.Html;

namespace NewsLens.Training.Extraction;

/// <summary>One training page walked into blocks: feature rows, gold labels and loss weights per block, and what the rules kept.</summary>
internal sealed class BlockSample
{
    public required ExtractionPage Page { get; init; }
    public required PageScan Scan { get; init; }
    public required List<int> RuleKept { get; init; }
    public required List<string> Titles { get; init; }
    /// <summary>Blocks x <see cref="BlockFeatures.Width"/>.</summary>
    public required float[] Rows { get; init; }
    public required byte[] Labels { get; init; }
    public required float[] Weights { get; init; }

    public int Count => Labels.Length;

    /// <summary>The gold text's 4-token shingles, computed once (evaluation scores many block choices per page).</summary>
    public Dictionary<string, int> TruthShingles => _truthShingles ??= ShingleScorer.Shingles(Page.Truth, 4);
    private Dictionary<string, int>? _truthShingles;

    /// <summary>Whether the rules kept each block.</summary>
    public bool[] RuleMask => _ruleMask ??= Mask(RuleKept, Count);
    private bool[]? _ruleMask;

    private static bool[] Mask(List<int> kept, int n)
    {
        var mask = new bool[n];
        foreach (int k in kept)
            mask[k] = true;
        return mask;
    }

    /// <summary>The text the extractor would return for these blocks (after the same lead trim).</summary>
    public string TextOf(List<int> chosen)
    {
        var kept = LeadTrimmer.Trim(Scan, chosen, Titles);
        return string.Join(TextAssembler.Separator, kept.Select(b => Scan.Blocks[b].Text));
    }
}

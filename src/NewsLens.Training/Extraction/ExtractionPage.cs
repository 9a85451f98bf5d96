namespace NewsLens.Training.Extraction;

/// <summary>One page of an extraction development set: its HTML, its address when the set records one, and the gold main text.</summary>
/// <param name="Set">the set's name (<see cref="ExtractionSets.Names"/>)</param>
/// <param name="Id">the page's file name without extension, unique within its set</param>
public sealed record ExtractionPage(string Set, string Id, string? Url, string Html, string Truth)
{
    /// <summary>Which part of its set the page belongs to, fixed by its name (<see cref="SplitPart"/>).</summary>
    public SplitPart Part => SplitParts.Of(Set, Id);
}

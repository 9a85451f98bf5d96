namespace NewsLens.Text;

/// <summary>
/// An annotation with a confidence a reader can filter on (the report view's threshold slider). Items without it are
/// always shown.
/// </summary>
public interface IScored
{
    /// <summary>How sure the analyzer is of the item, in [0, 1].</summary>
    double Confidence { get; }
}

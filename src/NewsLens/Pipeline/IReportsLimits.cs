using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>
/// An analyzer that may stop at a documented cap on one document (windows encoded, candidates examined) and says so:
/// after it ran, the pipeline asks for a note and records it as a warning in the report, so a truncated analysis is
/// never silent.
/// </summary>
public interface IReportsLimits
{
    /// <summary>The note for the report when a cap cut the analysis of <paramref name="document"/> short, else null. Called after a successful run.</summary>
    string? LimitNote(Document document);
}

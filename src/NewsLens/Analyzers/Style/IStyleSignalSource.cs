using NewsLens.Text;

namespace NewsLens.Analyzers.Style;

/// <summary>
/// Reads counts for the style profile from layers other analyzers produced (attributions, claims, techniques),
/// so the style profiler never has to reference their types. Implementations are thread-safe and return null
/// when their layer is absent from the document.
/// </summary>
public interface IStyleSignalSource
{
    /// <summary>The layers <see cref="Read"/> looks at; the style profiler declares them as optional reads.</summary>
    IReadOnlyList<LayerKey> Reads { get; }

    StyleSignals? Read(Document document);
}

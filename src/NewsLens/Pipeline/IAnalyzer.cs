using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>
/// One analysis step. Implementations are stateless and thread-safe after construction: the same instance
/// analyses many documents concurrently. An analyzer reads only the layers it <see cref="Requires"/> or
/// <see cref="ReadsIfPresent"/> and writes only the layers it <see cref="Produces"/>, computing first and writing at the
/// end; inside a pipeline run, any other access throws.
/// </summary>
public interface IAnalyzer
{
    AnalyzerInfo Info { get; }

    /// <summary>Layers that a core layer or an earlier analyzer must produce.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>Layers read when an earlier analyzer produced them; the analyzer still runs without them.</summary>
    IReadOnlyList<LayerKey> ReadsIfPresent => [];

    IReadOnlyList<LayerKey> Produces { get; }

    /// <summary>Analyses <paramref name="document"/>; honours <paramref name="cancellationToken"/> in long loops.</summary>
    void Analyze(Document document, CancellationToken cancellationToken);
}

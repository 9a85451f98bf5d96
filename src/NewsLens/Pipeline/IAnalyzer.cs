using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>
/// One analysis step. Implementations are stateless and thread-safe after construction: the same instance
/// analyses many documents concurrently. An analyzer reads the layers it <see cref="Requires"/> and writes
/// only the layers it <see cref="Produces"/>, computing first and writing at the end.
/// </summary>
public interface IAnalyzer
{
    AnalyzerInfo Info { get; }
    IReadOnlyList<LayerKey> Requires { get; }
    IReadOnlyList<LayerKey> Produces { get; }

    /// <summary>Analyses <paramref name="document"/>; honours <paramref name="cancellationToken"/> in long loops.</summary>
    void Analyze(Document document, CancellationToken cancellationToken);
}

using NewsLens.Pipeline;

namespace NewsLens.Vectors;

/// <summary>An analyzer that writes <see cref="VectorLayers.Tokens"/> and <see cref="VectorLayers.Sentences"/>: the shared encoder of the accurate pipeline.</summary>
public interface IEncoderAnalyzer : IAnalyzer
{
    EncoderIdentity Identity { get; }
}

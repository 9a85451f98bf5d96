namespace NewsLens.FactChecks;

/// <summary>
/// Turns texts into unit sentence vectors for matching, each text encoded alone. The core does not run an encoder;
/// <c>NewsLens.Encoding</c> supplies one. Implementations are thread-safe.
/// </summary>
public interface IClaimEncoder
{
    /// <summary>Names the exact weights (<see cref="Vectors.EncoderIdentity.Key"/>); an index records it and a matcher checks it.</summary>
    string Key { get; }

    /// <summary>Width of every vector.</summary>
    int Dimension { get; }

    /// <summary>One unit vector per text, in order.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}

namespace NewsLens.FactChecks;

/// <summary>
/// What matching reads from a collection of verified claims: the claims by row, their BM25 index and, when the
/// collection was imported with an encoder, their sentence vectors. A file (<see cref="FactCheckIndex"/>) implements it;
/// a database can too, by loading these parts. Implementations are immutable and thread-safe.
/// </summary>
public interface IFactCheckIndex
{
    /// <summary>Number of verified claims; rows are <c>0 .. Count - 1</c>.</summary>
    int Count { get; }

    /// <summary>The claim at <paramref name="row"/>.</summary>
    VerifiedClaim Claim(int row);

    /// <summary>BM25 over each claim's text and title, row for row.</summary>
    Bm25Index Lexical { get; }

    /// <summary>Unit vectors of the claim texts, row for row; null when imported without an encoder.</summary>
    QuantizedVectors? ClaimVectors { get; }

    /// <summary>Unit vectors of the titles (zero for a claim without one); null when imported without an encoder.</summary>
    QuantizedVectors? TitleVectors { get; }

    /// <summary>The <see cref="Vectors.EncoderIdentity.Key"/> of the encoder that computed the vectors; null without vectors.</summary>
    string? EncoderKey { get; }
}

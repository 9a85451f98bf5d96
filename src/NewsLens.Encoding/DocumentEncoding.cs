using NewsLens.Encoders.Tokenization;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Encoders;

/// <summary>
/// A document's vectors: one per <see cref="Document.Tokens"/> entry (the mean of its word pieces' last hidden
/// states) and one per <see cref="Document.Sentences"/> entry (the mean of its pieces' states, L2-normalised; all
/// zeros for a sentence without tokens) and one for the whole text. Vectors are rows of <see cref="Dimension"/> floats in flat arrays.
/// </summary>
public sealed class DocumentEncoding(WordPiece[] pieces, float[] tokenVectors, float[] sentenceVectors, float[] textVector, int dimension)
{
    public int Dimension { get; } = dimension;

    /// <summary>The word pieces the vectors were computed from, in text order.</summary>
    public IReadOnlyList<WordPiece> Pieces { get; } = pieces;

    /// <summary>
    /// How many of <see cref="Pieces"/>, from the first, were encoded: fewer than all when the document needed more
    /// windows than <see cref="EncoderOptions.MaxWindowsPerDocument"/>. Tokens of the rest have zero vectors.
    /// </summary>
    public int EncodedPieces { get; init; } = pieces.Length;

    /// <summary>True when the window cap left pieces without a vector.</summary>
    public bool IsTruncated => EncodedPieces < Pieces.Count;

    /// <summary>Tokens whose every piece was encoded, from the first (all tokens when not truncated).</summary>
    public int EncodedTokens => IsTruncated ? Pieces[EncodedPieces].TokenIndex : TokenCount;

    public int TokenCount => tokenVectors.Length / Dimension;
    public int SentenceCount => sentenceVectors.Length / Dimension;

    /// <summary>The unit mean of all the document's piece states: one vector for the whole text.</summary>
    public ReadOnlySpan<float> TextVector => textVector;

    /// <summary>The vector of token <paramref name="index"/> (not normalised).</summary>
    public ReadOnlySpan<float> TokenVector(int index) => tokenVectors.AsSpan(Row(index, TokenCount), Dimension);

    /// <summary>The unit vector of sentence <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> SentenceVector(int index) => sentenceVectors.AsSpan(Row(index, SentenceCount), Dimension);

    /// <summary>The token vectors as a layer value (shares the array; the encoding must not be changed afterwards, and it is never changed).</summary>
    public VectorTable TokenTable(EncoderIdentity source) => new(tokenVectors, Dimension, source) { ComputedRows = EncodedTokens };

    /// <summary>The sentence vectors as a layer value (shares the array).</summary>
    public VectorTable SentenceTable(EncoderIdentity source) => new(sentenceVectors, Dimension, source);

    private int Row(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        return index * Dimension;
    }
}

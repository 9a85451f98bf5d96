using System.Numerics.Tensors;
using NewsLens.Encoders.Tokenization;
using NewsLens.Text;

namespace NewsLens.Encoders;

/// <summary>Turns per-window piece states into token, sentence and text vectors.</summary>
internal sealed class VectorAssembler(int dimension)
{
    public DocumentEncoding Assemble(Document document, WordPiece[] pieces, WindowPlan plan, float[][] windowStates)
    {
        int tokens = document.Tokens.Count;
        var sums = new float[tokens * dimension];
        var counts = new int[tokens];
        // why: pieces past the window cap have no state; their tokens keep zero vectors and a count of 0
        for (int p = 0; p < plan.EncodedPieces; p++)
        {
            int w = plan.Owner[p];
            // why: row 0 of every window is [CLS], so piece p sits one row after its offset in the window
            int row = p - plan.Starts[w] + 1;
            var state = windowStates[w].AsSpan(row * dimension, dimension);
            var sum = sums.AsSpan(pieces[p].TokenIndex * dimension, dimension);
            TensorPrimitives.Add(sum, state, sum);
            counts[pieces[p].TokenIndex]++;
        }
        var sentenceVectors = new float[document.Sentences.Count * dimension];
        foreach (var sentence in document.Sentences)
            MeanOf(sums, counts, sentence.FirstToken, sentence.TokenCount, sentenceVectors.AsSpan(sentence.Index * dimension, dimension));
        var text = new float[dimension];
        MeanOf(sums, counts, 0, tokens, text);
        for (int t = 0; t < tokens; t++)
            if (counts[t] > 0) TensorPrimitives.Divide(sums.AsSpan(t * dimension, dimension), counts[t], sums.AsSpan(t * dimension, dimension));
        return new DocumentEncoding(pieces, sums, sentenceVectors, text, dimension) { EncodedPieces = plan.EncodedPieces };
    }

    // why: the piece-weighted mean of tokens' sums is the mean over the pieces themselves, as sentence-transformers pools
    private void MeanOf(float[] sums, int[] counts, int first, int count, Span<float> into)
    {
        int pieces = 0;
        for (int t = first; t < first + count; t++)
        {
            TensorPrimitives.Add(into, sums.AsSpan(t * dimension, dimension), into);
            pieces += counts[t];
        }
        if (pieces > 0) VectorMath.Normalize(into);
    }
}

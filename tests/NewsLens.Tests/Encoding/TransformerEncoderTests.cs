using NewsLens.Encoders;
using NewsLens.Text;

namespace NewsLens.Tests.Encoders;

public sealed class TransformerEncoderTests
{
    private const string Paragraph =
        "The city council voted on Tuesday to expand the bus network into the northern suburbs. " +
        "Supporters said the new routes would cut commuting times for thousands of workers, while critics warned " +
        "that the plan would raise local taxes. The mayor, who backed the proposal, promised a review after one year. ";

    private static TransformerEncoder Encoder => SharedEncoder.Instance;

    [Fact]
    public void The_model_hash_is_64_lower_case_hex_characters()
    {
        Assert.Matches("^[0-9a-f]{64}$", Encoder.Sha256);
        Assert.Equal(384, Encoder.Dimension);
    }

    [Fact]
    public void Every_token_and_sentence_gets_a_vector_and_sentence_vectors_have_unit_length()
    {
        var doc = Document.Create(Paragraph);
        var encoding = Encoder.Encode(doc);
        Assert.Equal(doc.Tokens.Count, encoding.TokenCount);
        Assert.Equal(doc.Sentences.Count, encoding.SentenceCount);
        for (int s = 0; s < encoding.SentenceCount; s++)
            Assert.Equal(1f, Norm(encoding.SentenceVector(s)), 3);
    }

    [Fact]
    public void Token_vectors_of_a_long_article_match_those_of_its_first_window_alone()
    {
        var article = string.Concat(Enumerable.Repeat(Paragraph, 30));
        var doc = Document.Create(article);
        var encoding = Encoder.Encode(doc);
        Assert.True(encoding.Pieces.Count > 3 * 254, $"{encoding.Pieces.Count} pieces should need several windows");
        // why: cut the text before the token of piece 254, so the prefix is exactly the first window's 254 pieces
        var prefix = Document.Create(article[..doc.Tokens[encoding.Pieces[254].TokenIndex - 1].End]);
        var alone = Encoder.Encode(prefix);
        Assert.Equal(254, alone.Pieces.Count);
        for (int t = 0; t < 100; t++)
            Assert.True(VectorMath.Cosine(encoding.TokenVector(t), alone.TokenVector(t)) > 0.999f, $"token {t} '{doc[doc.Tokens[t].Span]}'");
    }

    [Fact]
    public void Encoding_the_same_documents_twice_gives_identical_vectors()
    {
        string[] texts = [Paragraph, "A short one.", string.Concat(Enumerable.Repeat(Paragraph, 5))];
        var first = Encoder.EncodeTexts(texts);
        var second = Encoder.EncodeTexts(texts);
        for (int i = 0; i < texts.Length; i++) Assert.Equal(first[i], second[i]);
    }

    [Fact]
    public void Documents_encoded_together_match_the_same_documents_encoded_one_by_one()
    {
        string[] texts = ["A short one.", Paragraph, "Another, slightly longer, sentence about the weather today."];
        var together = Encoder.EncodeTexts(texts);
        for (int i = 0; i < texts.Length; i++)
            Assert.True(VectorMath.Cosine(together[i], Encoder.EncodeTexts([texts[i]])[0]) > 0.9999f, texts[i]);
    }

    [Fact]
    public void Paraphrases_are_closer_to_each_other_than_to_unrelated_sentences()
    {
        var v = Encoder.EncodeTexts([
            "The government raised taxes on fuel this week.",
            "This week the authorities increased the tax on petrol.",
            "The striker scored twice in the second half.",
            "Two goals came from the forward after half-time.",
            "My grandmother grows tomatoes in her garden.",
        ]);
        float taxes = VectorMath.Cosine(v[0], v[1]), goals = VectorMath.Cosine(v[2], v[3]);
        float unrelated = new[] { (0, 2), (0, 4), (1, 3), (2, 4), (3, 4), (1, 4) }.Max(p => VectorMath.Cosine(v[p.Item1], v[p.Item2]));
        Assert.True(taxes > unrelated && goals > unrelated, $"paraphrases {taxes:F3}, {goals:F3}; unrelated up to {unrelated:F3}");
    }

    [Fact]
    public void A_cancelled_token_stops_encoding()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Encoder.Encode(Document.Create(Paragraph), cancelled.Token));
    }

    private static float Norm(ReadOnlySpan<float> v) => MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.Dot(v, v));
}

using NewsLens.Tests.Encoders;
using NewsLens.Training.Vectors;

namespace NewsLens.Tests.Training.Vectors;

/// <summary>Short texts encoded alone (transcript lines, tweets) through the training vector cache.</summary>
public sealed class EncodedCorpusTextTests
{
    private static readonly string[] Lines = ["Good evening.", "We cut the deficit by 300 billion dollars.", "Thank you.", "Taxes rose 4 per cent last year."];

    [Fact]
    public void Texts_encoded_alone_are_the_encoders_own_vectors_and_a_second_run_reads_them_from_the_cache()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-vectors-").FullName;
        try
        {
            var corpus = new EncodedCorpus(SharedEncoder.Instance, dir);
            int encoded = 0;
            var first = corpus.TextVectors(Lines, (done, _) => encoded = done, chunk: 3);
            Assert.Equal(4, encoded);
            Assert.Equal(2, Directory.GetFiles(dir, "texts-*.bin", SearchOption.AllDirectories).Length);
            var direct = SharedEncoder.Instance.EncodeTexts(Lines);
            // why: other batch shapes may round differently in the last digits
            for (int i = 0; i < Lines.Length; i++)
                Assert.True(direct[i].Zip(first[i]).Max(p => Math.Abs(p.First - p.Second)) < 1e-4, $"text {i}");

            encoded = 0;
            var again = corpus.TextVectors(Lines, (done, _) => encoded = done, chunk: 3);
            Assert.Equal(0, encoded);
            for (int i = 0; i < Lines.Length; i++) Assert.Equal(first[i], again[i]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

using NewsLens.FactChecks;
using NewsLens.Tests.Ingest;

namespace NewsLens.Tests.FactChecks;

public sealed class FactCheckIndexTests
{
    [Fact]
    public void Written_and_read_back_it_keeps_every_claim_field_the_encoder_and_the_vectors()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "f.nlidx");
        var index = FactCheckFixtures.Index();
        index.Write(path);
        var back = FactCheckIndex.Read(path);
        Assert.Equal(FactCheckFixtures.Claims, Enumerable.Range(0, back.Count).Select(back.Claim));
        Assert.Equal("hashing-test-encoder", back.EncoderKey);
        var q = back.ClaimVectors!.Prepare(new HashingClaimEncoder().Encode(["tracking microchips"])[0]);
        var q0 = index.ClaimVectors!.Prepare(new HashingClaimEncoder().Encode(["tracking microchips"])[0]);
        for (int i = 0; i < back.Count; i++)
        {
            Assert.Equal(index.ClaimVectors.Cosine(i, q0), back.ClaimVectors.Cosine(i, q));
            Assert.Equal(index.TitleVectors!.Cosine(i, q0), back.TitleVectors!.Cosine(i, q));
        }
    }

    [Fact]
    public void A_lexical_only_index_has_no_vectors_and_no_encoder()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "lex.nlidx");
        FactCheckFixtures.Index(vectors: false).Write(path);
        var back = FactCheckIndex.Read(path);
        Assert.Null(back.EncoderKey);
        Assert.Null(back.ClaimVectors);
        Assert.Equal(4, back.Count);
    }

    [Fact]
    public void A_file_that_is_not_an_index_is_refused_naming_it()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "notes.nlidx");
        File.WriteAllText(path, "hello, not an index");
        var ex = Assert.Throws<InvalidDataException>(() => FactCheckIndex.Read(path));
        Assert.Contains("notes.nlidx", ex.Message);
        Assert.Contains("not a NewsLens fact-check index", ex.Message);
    }

    [Fact]
    public void A_truncated_index_is_refused_as_truncated()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "cut.nlidx");
        FactCheckFixtures.Index().Write(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => FactCheckIndex.Read(path)).Message);
    }

    [Fact]
    public void Two_claims_with_one_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FactCheckIndex.Build([new VerifiedClaim("1", "A."), new VerifiedClaim("1", "B.")]));
    }
}

using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

public sealed class VerifiedClaimTsvReaderTests
{
    private static List<VerifiedClaimRecord> Read(string text) => [.. VerifiedClaimTsvReader.Read(new StringReader(text), "claims.tsv")];

    [Fact]
    public void A_checkthat_file_with_its_blank_first_header_reads_id_claim_and_title()
    {
        var records = Read("\tvclaim\ttitle\n7\tThe bridge cost 4 million dollars.\tDid the Bridge Cost $4 Million?\n8\tCats can vote.\t\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(new VerifiedClaim("7", "The bridge cost 4 million dollars.", "Did the Bridge Cost $4 Million?"), records[0].Claim);
        Assert.Null(records[1].Claim!.Title);
    }

    [Fact]
    public void A_line_without_a_tab_fails_alone_naming_its_line_and_the_others_are_read()
    {
        var records = Read("1\tFirst claim.\nno tab here\n3\tThird claim.\n");
        Assert.Equal(["1", "3"], records.Where(r => r.Claim is not null).Select(r => r.Claim!.Id));
        var bad = Assert.Single(records, r => r.Claim is null);
        Assert.Equal("claims.tsv line 2", bad.Where);
        Assert.Contains("no tab", bad.Error);
    }

    [Fact]
    public void An_empty_claim_text_is_a_failed_record()
    {
        var bad = Assert.Single(Read("1\t   \tA title\n"));
        Assert.Equal("no claim text", bad.Error);
    }
}

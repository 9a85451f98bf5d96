using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

public sealed class ClaimReviewJsonReaderTests
{
    private const string Review = """
        {
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          "url": "https://checks.example.org/bridge",
          "claimReviewed": "The new bridge cost 40 million dollars.",
          "headline": "No, the bridge did not cost $40 million",
          "datePublished": "2024-05-02",
          "author": { "@type": "Organization", "name": "Example Checks" },
          "reviewRating": { "@type": "Rating", "ratingValue": 1, "bestRating": 5, "alternateName": "False" }
        }
        """;

    [Fact]
    public void One_review_keeps_the_claim_its_verdict_link_author_date_and_headline()
    {
        var r = Assert.Single(ClaimReviewJsonReader.Read(Review, "r.json"));
        Assert.Equal(new VerifiedClaim("https://checks.example.org/bridge", "The new bridge cost 40 million dollars.",
            "No, the bridge did not cost $40 million", "False", "https://checks.example.org/bridge", "Example Checks", "2024-05-02"), r.Claim);
    }

    [Fact]
    public void Reviews_in_an_array_and_in_a_json_ld_graph_are_all_found()
    {
        string second = Review.Replace("bridge\"", "tunnel\"").Replace("The new bridge", "The tunnel");
        Assert.Equal(2, ClaimReviewJsonReader.Read($"[{Review}, {second}]", "a.json").Count(r => r.Claim is not null));
        var graph = $$"""{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, {{Review}}, {{second}}]}""";
        Assert.Equal(["https://checks.example.org/bridge", "https://checks.example.org/tunnel"],
            ClaimReviewJsonReader.Read(graph, "g.jsonld").Select(r => r.Claim!.Id));
    }

    [Fact]
    public void A_type_written_as_an_iri_or_in_an_array_is_a_claim_review()
    {
        var json = """[{"@type": "http://schema.org/ClaimReview", "claimReviewed": "A"}, {"@type": ["CreativeWork", "ClaimReview"], "claimReviewed": "B"}]""";
        Assert.Equal(["A", "B"], ClaimReviewJsonReader.Read(json, "t.json").Select(r => r.Claim!.Text));
    }

    [Fact]
    public void Without_an_alternate_name_the_verdict_is_the_rating_over_the_best_rating()
    {
        var json = """{"@type": "ClaimReview", "claimReviewed": "A claim.", "reviewRating": {"ratingValue": 2, "bestRating": 5}}""";
        Assert.Equal("2/5", Assert.Single(ClaimReviewJsonReader.Read(json, "r.json")).Claim!.Verdict);
    }

    [Fact]
    public void A_review_without_a_claim_text_fails_naming_its_place_and_its_neighbours_are_read()
    {
        var json = """[{"@type": "ClaimReview", "url": "u1"}, {"@type": "ClaimReview", "claimReviewed": "Kept."}]""";
        var records = ClaimReviewJsonReader.Read(json, "two.json").ToList();
        Assert.Equal("two.json review 1", records[0].Where);
        Assert.Contains("claimReviewed", records[0].Error);
        Assert.Equal("Kept.", records[1].Claim!.Text);
    }

    [Fact]
    public void Malformed_json_is_one_failed_record_saying_so()
    {
        var r = Assert.Single(ClaimReviewJsonReader.Read("{\"@type\": \"ClaimReview\", ", "cut.json"));
        Assert.StartsWith("malformed JSON", r.Error);
    }

    [Fact]
    public void Json_lines_are_read_line_by_line_and_a_bad_line_is_named()
    {
        var text = """{"@type": "ClaimReview", "claimReviewed": "One."}""" + "\n{oops\n" + """{"@type": "ClaimReview", "claimReviewed": "Three."}""";
        var records = ClaimReviewJsonReader.Read(text, "x.jsonl", jsonLines: true).ToList();
        Assert.Equal(["One.", "Three."], records.Where(r => r.Claim is not null).Select(r => r.Claim!.Text));
        Assert.Equal("x.jsonl line 2", Assert.Single(records, r => r.Claim is null).Where);
    }
}

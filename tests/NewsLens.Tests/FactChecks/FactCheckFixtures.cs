using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

/// <summary>Verified claims written for these tests.</summary>
internal static class FactCheckFixtures
{
    public static readonly VerifiedClaim[] Claims =
    [
        new("b1", "The harbour bridge cost the city 40 million dollars.", "Did the Harbour Bridge Cost $40 Million?", "False", "https://checks.example.org/bridge", "Example Checks", "2024-05-02"),
        new("v1", "Vaccines contain tracking microchips.", "Microchips in Vaccines?", "Pants on Fire", "https://checks.example.org/chips"),
        new("s1", "The mayor closed three schools in one week."),
        new("r1", "Rainfall in March broke a 90-year record.", null, "True", "https://checks.example.org/rain"),
    ];

    public static FactCheckIndex Index(bool vectors = true) => FactCheckIndex.Build(Claims, vectors ? new HashingClaimEncoder() : null);

    /// <summary>A re-ranker that trusts the claim cosine and BM25 share alone (standardised with mean 0, std 1).</summary>
    public static FactCheckReRanker ReRanker(string encoderKey)
    {
        var w = new float[MatchFeatures.Count];
        w[MatchFeatures.Names.ToList().IndexOf("cos_claim")] = 6;
        w[MatchFeatures.Names.ToList().IndexOf("bm25_share")] = 2;
        return new FactCheckReRanker(w, -4, new float[w.Length], [.. Enumerable.Repeat(1f, w.Length)], encoderKey);
    }
}

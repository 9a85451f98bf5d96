using NewsLens.FactChecks;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.FactChecks;

public sealed class CheckThatClaimsTests
{
    [SharedDataFact]
    public void The_checkthat_2020_verified_claims_all_read_with_unique_ids_and_the_queries_and_qrels_agree()
    {
        string root = SharedData.PathTo("checkthat2020-task2-claim-retrieval-en");
        var records = VerifiedClaimReaders.Read(Path.Combine(root, "verified_claims.docs.tsv")).ToList();
        Assert.Equal(10_389, records.Count);
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal(records.Count, records.Select(r => r.Claim!.Id).Distinct().Count());
        var (queries, problems) = QueryTsvReader.ReadQueries(Path.Combine(root, "dev", "tweets.queries.tsv"));
        Assert.Empty(problems);
        Assert.Equal(197, queries.Count);
        var qrels = QueryTsvReader.ReadQrels(Path.Combine(root, "dev", "tweet-vclaim-pairs.qrels"));
        Assert.Equal(198, qrels.Values.Sum(g => g.Count));
        Assert.All(qrels.Keys, q => Assert.Contains(q, queries.Select(x => x.Id)));
    }
}

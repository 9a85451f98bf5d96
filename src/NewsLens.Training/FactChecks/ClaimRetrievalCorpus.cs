using NewsLens.FactChecks;

namespace NewsLens.Training.FactChecks;

/// <summary>
/// CLEF-2020 CheckThat! Task 2 (English tweets → Snopes verified claims) as shipped in the shared data folder:
/// <c>verified_claims.docs.tsv</c>, and <c>train/</c> and <c>dev/</c> each with <c>tweets.queries.tsv</c> and
/// <c>tweet-vclaim-pairs.qrels</c>.
/// </summary>
public sealed record ClaimRetrievalCorpus(
    IReadOnlyList<VerifiedClaim> Claims,
    IReadOnlyList<(string Id, string Text)> Train,
    IReadOnlyDictionary<string, HashSet<string>> TrainQrels,
    IReadOnlyList<(string Id, string Text)> Dev,
    IReadOnlyDictionary<string, HashSet<string>> DevQrels)
{
    public const string Folder = "checkthat2020-task2-claim-retrieval-en";

    /// <exception cref="InvalidDataException">when a file has a bad line (named).</exception>
    public static ClaimRetrievalCorpus Read(string sharedData)
    {
        string root = Path.Combine(sharedData, Folder);
        var claims = new List<VerifiedClaim>();
        using (var reader = new StreamReader(Path.Combine(root, "verified_claims.docs.tsv")))
            foreach (var r in VerifiedClaimTsvReader.Read(reader, "verified_claims.docs.tsv"))
                claims.Add(r.Claim ?? throw new InvalidDataException($"{r.Where}: {r.Error}"));
        (List<(string, string)>, Dictionary<string, HashSet<string>>) Split(string name)
        {
            var (queries, problems) = QueryTsvReader.ReadQueries(Path.Combine(root, name, "tweets.queries.tsv"));
            if (problems.Count > 0) throw new InvalidDataException(problems[0]);
            return (queries, QueryTsvReader.ReadQrels(Path.Combine(root, name, "tweet-vclaim-pairs.qrels")));
        }
        var (train, trainQrels) = Split("train");
        var (dev, devQrels) = Split("dev");
        return new ClaimRetrievalCorpus(claims, train, trainQrels, dev, devQrels);
    }
}

namespace NewsLens.Web.Articles;

/// <summary>Finds published fact-checks that match an article's claims. Thread-safe.</summary>
public interface IFactCheckMatcher
{
    /// <summary>What the matches come from, for the response (<c>none</c> when no collection is loaded).</summary>
    string Name { get; }

    IReadOnlyList<FactCheckMatch> Match(StoredArticle article);
}

/// <summary>A fact-check that matches a claim of the article: the claim's span, the fact-check, its verdict and score.</summary>
public sealed record FactCheckMatch(int ClaimStart, int ClaimEnd, string FactCheck, string? Rating, string? Url, double Score);

/// <summary>No fact-check collection is loaded here: every article has no match (the corpus store brings one).</summary>
public sealed class NoFactCheckMatcher : IFactCheckMatcher
{
    public string Name => "none";
    public IReadOnlyList<FactCheckMatch> Match(StoredArticle article) => [];
}

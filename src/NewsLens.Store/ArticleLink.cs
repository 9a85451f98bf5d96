namespace NewsLens.Store;

/// <summary>A link from one stored article to another, of a kind such as <c>near-duplicate</c> or <c>story</c>, with a score.</summary>
public sealed record ArticleLink(long Article, long Other, string Kind, double Score)
{
    /// <summary>The kind of link from a re-post to the first copy published whose text it near-duplicates.</summary>
    public const string NearDuplicate = "near-duplicate";
}

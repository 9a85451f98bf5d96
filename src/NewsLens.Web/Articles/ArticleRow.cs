namespace NewsLens.Web.Articles;

/// <summary>
/// One kept article in a list (search, stories, the latest): what tells it apart. <see cref="Hyperpartisan"/> is the
/// verdict's probability; <see cref="Snippet"/> marks matched words with [ ] when a search found it.
/// </summary>
public sealed record ArticleRow(string Id, string? Title, string? Outlet, string? Url, DateTimeOffset? Published, double? Hyperpartisan, string? Lean, string Snippet)
{
    /// <summary>The id of the earlier article whose text this one near-duplicates, in story listings; else null.</summary>
    public string? NearDuplicateOf { get; init; }

    /// <summary>When it was analysed here (the in-memory repository knows; the store does not record it).</summary>
    public DateTimeOffset? AddedAt { get; init; }
}

/// <summary>A story: its id and its articles in publication order.</summary>
public sealed record StoryListing(string Id, IReadOnlyList<ArticleRow> Articles);

/// <summary>What the dashboard counts of one article. <see cref="Day"/> is the publication date, else when it was analysed.</summary>
public sealed record ArticleFigures(string? Outlet, DateTimeOffset? Day, string? Verdict, string? Lean, int Words, int TechniqueSpans, int CheckWorthyClaims);

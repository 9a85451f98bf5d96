namespace NewsLens.Stories;

/// <summary>
/// What story clustering reads of an article: its title and text, when and by whom it was published, and, with the
/// accurate pipeline, a sentence vector of its lead (unit length; null with the fast pipeline).
/// </summary>
public sealed record StoryArticle(string Id, string? Title, string Text, DateTimeOffset? Published = null, string? Outlet = null)
{
    /// <summary>Mean of the lead sentences' encoder vectors, L2-normalised; null when the encoder did not run.</summary>
    public float[]? Vector { get; init; }
}

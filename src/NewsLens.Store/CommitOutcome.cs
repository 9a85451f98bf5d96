namespace NewsLens.Store;

/// <summary>What a commit did with one article: stored it under <see cref="Id"/>, or found it a duplicate of <see cref="Id"/>.</summary>
/// <param name="DuplicateBy">null when stored; else <c>url</c> (same canonical URL) or <c>text</c> (same normalised text).</param>
public sealed record CommitOutcome(string RecordKey, long Id, string? DuplicateBy)
{
    public bool IsDuplicate => DuplicateBy is not null;
}

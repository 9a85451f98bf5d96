namespace NewsLens.Stories;

/// <summary>Articles about one event: their ids in publication order, the span of dates, and the words that mark it.</summary>
public sealed record Story(int Id, IReadOnlyList<string> ArticleIds, DateTimeOffset? First, DateTimeOffset? Last, IReadOnlyList<string> KeyTerms);

using NewsLens.Stories;

namespace NewsLens.Bench.Stories;

/// <summary>An article of a public grouping: what the clusterer reads, and the group it truly belongs to.</summary>
internal sealed record GroupedItem(StoryArticle Article, string Group);

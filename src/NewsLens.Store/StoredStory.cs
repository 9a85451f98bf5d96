namespace NewsLens.Store;

/// <summary>A story recorded in the store: its key (as <see cref="IArticleStore.SetStories"/> set it) and its articles.</summary>
public sealed record StoredStory(string Key, IReadOnlyList<ArticleSummary> Articles);

using NewsLens.Text;

namespace NewsLens.Ingest;

/// <summary>An article read from some input, ready for the pipeline: its text and what is known about it.</summary>
public sealed record ArticleInput(string Id, string Text, ArticleMetadata Metadata);

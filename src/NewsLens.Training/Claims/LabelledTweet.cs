using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>A CheckThat! tweet: topic, id, text and check-worthiness label (null when the file has none).</summary>
public sealed record LabelledTweet(string Topic, string TweetId, string Text, int? Label);

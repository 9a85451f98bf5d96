namespace NewsLens.Pipeline;

/// <summary>How long one analyzer took on one article.</summary>
public readonly record struct AnalyzerTiming(string AnalyzerId, TimeSpan Elapsed);

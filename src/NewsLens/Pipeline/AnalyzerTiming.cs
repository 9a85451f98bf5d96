namespace NewsLens.Pipeline;

/// <summary>How long one analyzer took on one article, and how many bytes it allocated on the calling thread.</summary>
public readonly record struct AnalyzerTiming(string AnalyzerId, TimeSpan Elapsed, long AllocatedBytes = 0);

namespace NewsLens.Pipeline;

/// <summary>
/// Identity of an analyzer as reports record it: a versioned id such as <c>newslens.attributions.v1</c>,
/// a semantic version, and the SHA-256 of the model file it loaded (null when it uses none).
/// </summary>
public sealed record AnalyzerInfo(string Id, string Version, string? ModelSha256 = null);

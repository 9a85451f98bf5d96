using NewsLens.Text;

namespace NewsLens.Analyzers.Style;

/// <summary>
/// One measured style feature of an article: its <see cref="StyleFeatureInfo.Name"/>, value, and up to three
/// example spans of what was counted (empty for features that are not word counts).
/// </summary>
public sealed record StyleFeature(string Name, double Value, IReadOnlyList<TextSpan> Examples);

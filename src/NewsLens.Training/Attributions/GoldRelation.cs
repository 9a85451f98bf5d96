using NewsLens.Analyzers.Attributions;
using NewsLens.Text;

namespace NewsLens.Training.Attributions;

/// <summary>An annotated attribution relation: each role is a list of fragments (UTF-16 spans); Source may be empty.</summary>
public sealed record GoldRelation(IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Content);

/// <summary>One annotated text: a .txt file and one annotator's .ann file.</summary>
public sealed record AnnotatedText(string Name, string Text, IReadOnlyList<GoldRelation> Relations);

using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>One line of a CheckThat! debate transcript: <c>line_number TAB speaker TAB sentence [TAB label]</c>.</summary>
public sealed record TranscriptLine(int LineNumber, string Speaker, string Text, int? Label);

using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>A CheckThat! transcript: its file name (without folder), the set it came from, and its lines.</summary>
public sealed record Transcript(string Name, string Set, IReadOnlyList<TranscriptLine> Lines);

using NewsLens.Text;

namespace NewsLens.Analyzers.Attributions;

/// <summary>
/// Who an attribution's source refers to. <see cref="Mention"/> is the named mention the source was linked to (the
/// source itself when it is a name); null when the source could not be linked (an anonymous or group source).
/// <see cref="Title"/> and <see cref="Organisation"/> are given only when the text states them near a mention.
/// </summary>
public sealed record Speaker(
    string Name,
    TextSpan? Mention,
    SpeakerResolution Resolution,
    string? Title = null,
    string? Organisation = null);

/// <summary>How a source span was turned into a <see cref="Speaker"/>.</summary>
public enum SpeakerResolution
{
    /// <summary>The source span is itself a name.</summary>
    Named,
    /// <summary>A pronoun linked to the nearest fitting named mention before it.</summary>
    Pronoun,
    /// <summary>A description ("the spokeswoman", "the minister") linked to a named mention with that role.</summary>
    Description,
    /// <summary>A group or anonymous source ("critics", "officials", "a source"): not linked to a person.</summary>
    Anonymous,
    /// <summary>A pronoun or description with no fitting named mention before it.</summary>
    Unresolved,
}

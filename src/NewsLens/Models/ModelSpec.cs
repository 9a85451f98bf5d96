namespace NewsLens.Models;

/// <summary>
/// What one kind of model file must hold: its kind and format version, the file name analyzers look for, the command
/// that trains it, and the named arrays, scalars and texts a file of that kind must carry. A new model is one spec;
/// <see cref="ModelFile"/> does the reading, the checks and the hashing for every kind.
/// </summary>
/// <param name="Kind">Kind string written in the file (<c>newslens.verdict</c>); a file of another kind is refused.</param>
/// <param name="Version">Format version of the model's own layout; a file of another version is refused.</param>
/// <param name="FileName">File name under <c>models/</c>.</param>
/// <param name="TrainCommand">Command that writes the file, named in every error about it.</param>
public sealed record ModelSpec(string Kind, int Version, string FileName, string TrainCommand)
{
    /// <summary>Arrays every file of this kind holds.</summary>
    public IReadOnlyList<string> Arrays { get; init; } = [];

    /// <summary>Scalars every file of this kind holds.</summary>
    public IReadOnlyList<string> Scalars { get; init; } = [];

    /// <summary>Texts every file of this kind holds.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];
}

using NewsLens.Analyzers.Discrepancies;

namespace NewsLens.Training.Discrepancies;

/// <summary>An expected flag: its kind and, when given, words its article or source value must contain.</summary>
public sealed record ExpectedFlag(DiscrepancyKind Kind, string? Article, string? Source)
{
    public override string ToString() =>
        Kind.Name() + (Article is null ? "" : $" article=\"{Article}\"") + (Source is null ? "" : $" source=\"{Source}\"");
}

/// <summary>One retelling of a spec file's source, with the flags it must raise (none for a faithful one).</summary>
/// <param name="File">The spec file's name without extension, e.g. <c>march</c>.</param>
/// <param name="Set">The folder it is in: <c>tuning</c> or <c>held-out</c>.</param>
public sealed record DiscrepancyCase(string File, string Set, string Name, string Source, string Article, IReadOnlyList<ExpectedFlag> Expected)
{
    public bool Faithful => Expected.Count == 0;

    /// <summary><c>set/file: name</c>, unique over the specs.</summary>
    public string Id => $"{Set}/{File}: {Name}";
}

namespace NewsLens.Models;

/// <summary>
/// The named contents of a model file: float32 arrays, double scalars, texts, free-form facts (data, command, scores),
/// and the shared resources it was trained against (<see cref="ModelDependencies"/>). Built by a model's Save and
/// returned by <see cref="ModelFile"/>; a model copies out what it needs.
/// </summary>
public sealed class ModelContent
{
    public Dictionary<string, float[]> Arrays { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, double> Scalars { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>Provenance and scores recorded at training time; never read by analysis.</summary>
    public Dictionary<string, string> Facts { get; } = new(StringComparer.Ordinal);

    /// <summary>Shared resources the model's features depend on, by name, with the SHA-256 trained against.</summary>
    public Dictionary<string, string> TrainedWith { get; } = new(StringComparer.Ordinal);

    /// <summary>SHA-256 of the file read; null for content built in memory.</summary>
    public string? Sha256 { get; internal set; }

    internal ModelSpec? Spec { get; set; }

    /// <exception cref="InvalidDataException">when the array is absent (only possible for names outside the spec).</exception>
    public float[] Array(string name) => Arrays.TryGetValue(name, out var a) ? a : throw Missing("array", name);

    public float[]? OptionalArray(string name) => Arrays.GetValueOrDefault(name);

    public double Scalar(string name) => Scalars.TryGetValue(name, out var v) ? v : throw Missing("scalar", name);

    public string Text(string name) => Texts.TryGetValue(name, out var v) ? v : throw Missing("text", name);

    private InvalidDataException Missing(string what, string name) =>
        new($"{Spec?.FileName ?? "model"}: {what} '{name}' is missing{(Spec is null ? "" : $"; retrain with `{Spec.TrainCommand}`")}");
}

using System.CommandLine;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Pipeline;

namespace NewsLens.Cli.Options;

/// <summary><c>--factchecks FILE</c>: match the article's check-worthy claims against a fact-check index.</summary>
internal static class FactChecksOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--factchecks") { Description = "A fact-check index (newslens factchecks import): add each check-worthy claim's matches (layer factChecks)." };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } p && !File.Exists(p)) r.AddError($"--factchecks: {p}: no such file");
        });
        return option;
    }

    /// <summary>The fact-check linker over the index at <paramref name="path"/>, or none without a path.</summary>
    /// <exception cref="InvalidDataException">when the file is not a readable index, or the re-ranker file is unreadable.</exception>
    public static IReadOnlyList<IAnalyzer> Analyzers(string? path, ModelDirectory models) => FactCheckAnalyzers.From(path, models);
}

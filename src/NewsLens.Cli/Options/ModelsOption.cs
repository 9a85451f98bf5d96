using System.CommandLine;
using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Techniques;
using NewsLens.Analyzers.Verdict;

namespace NewsLens.Cli.Options;

/// <summary>
/// <c>--models DIR</c>: the only place model files are looked for when given. A folder that does not exist or lacks a
/// model file the command needs is a usage error naming what is missing, never a quiet fall back to other folders.
/// </summary>
internal static class ModelsOption
{
    /// <summary>The model files of the default analysis pipeline.</summary>
    public static readonly string[] DefaultPipeline =
        [AttributionModel.Spec.FileName, ClaimModel.Spec.FileName, TechniqueModel.Spec.FileName, VerdictModel.Spec.FileName, LeanModel.Spec.FileName];

    public static Option<string?> Create(string description, params string[] requiredFiles)
    {
        var option = new Option<string?>("--models") { Description = description };
        if (requiredFiles.Length > 0)
            option.Validators.Add(r => { if (Problem(r.GetValueOrDefault<string?>(), requiredFiles) is { } p) r.AddError(p); });
        return option;
    }

    /// <summary>What is wrong with <paramref name="dir"/> as the folder of <paramref name="files"/>, or null.</summary>
    public static string? Problem(string? dir, IEnumerable<string> files)
    {
        if (dir is null) return null;
        if (!Directory.Exists(dir)) return $"--models {dir}: no such folder";
        var missing = files.Where(f => !File.Exists(Path.Combine(dir, f))).ToList();
        return missing.Count == 0 ? null : $"--models {dir}: the folder lacks {string.Join(", ", missing)}";
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;

namespace NewsLens.Cli.Options;

/// <summary>
/// Checks on option values, run by the parser: a bad value is a usage error (exit code 2) whose message names the
/// option, the value and what is allowed. Never a silent fallback.
/// </summary>
internal static class OptionRules
{
    public static Option<int> AtLeast(this Option<int> option, int min)
    {
        option.Validators.Add(r =>
        {
            if (Value<int>(r) is { } v && v < min) r.AddError($"{option.Name} must be at least {min} (got {v})");
        });
        return option;
    }

    public static Option<double> Positive(this Option<double> option)
    {
        option.Validators.Add(r =>
        {
            if (Value<double>(r) is { } v && !(v > 0)) r.AddError($"{option.Name} must be more than 0 (got {v})");
        });
        return option;
    }

    /// <summary>The value must be one of <paramref name="accepted"/> (ignoring case); the error lists <paramref name="shown"/>.</summary>
    public static Option<T> OneOf<T>(this Option<T> option, IEnumerable<string> accepted, IReadOnlyList<string> shown)
    {
        var set = accepted.ToHashSet(StringComparer.OrdinalIgnoreCase);
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 0) return;
            var given = r.Tokens[^1].Value;
            if (!set.Contains(given.Trim())) r.AddError($"unknown {option.Name} '{given}'; valid: {string.Join(", ", shown)}");
        });
        return option;
    }

    // why: a token that did not parse already has its own error; do not add a second one
    private static T? Value<T>(OptionResult r) where T : struct
    {
        try { return r.GetValueOrDefault<T>(); }
        catch (InvalidOperationException) { return null; }
    }
}

using System.Text;

namespace NewsLens.Cli.Batch;

/// <summary>
/// File names (without extension) of reports in an output directory: the article id with every character other than a
/// letter, digit, '-', '_' or '.' made '_' (<c>business/001</c> → <c>business_001</c>), a URL's scheme dropped, and a
/// '-2', '-3' suffix where two ids would give one name (file systems that ignore case included). Not thread-safe.
/// </summary>
internal sealed class ReportFileNames
{
    private const int MaxLength = 120;
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The name of <paramref name="id"/>: the one reserved earlier, or a new one no other id has.</summary>
    public string Reserve(string id)
    {
        if (_byId.TryGetValue(id, out var known)) return known;
        var name = Safe(id);
        var unique = name;
        for (int n = 2; !_taken.Add(unique); n++) unique = $"{name}-{n}";
        _byId[id] = unique;
        return unique;
    }

    private static string Safe(string id)
    {
        int scheme = id.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0) id = id[(scheme + 3)..];
        var sb = new StringBuilder(Math.Min(id.Length, MaxLength));
        foreach (char c in id.TrimEnd('/', '\\'))
        {
            if (sb.Length == MaxLength) break;
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }
        // why: a leading dot would hide the report (and could meet the .newslens-state file)
        var name = sb.ToString().TrimStart('.');
        return name.Length == 0 ? "article" : name;
    }
}

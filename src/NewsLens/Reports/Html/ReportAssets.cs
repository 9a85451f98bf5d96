using System.Security.Cryptography;
using System.Text;

namespace NewsLens.Reports.Html;

/// <summary>
/// The article view's style sheet and script, embedded in this assembly: served by the web app at
/// <c>/assets/report.css</c> and <c>/assets/report.js</c>, embedded in standalone reports. Thread-safe (immutable).
/// </summary>
public static class ReportAssets
{
    /// <summary>The style sheet.</summary>
    public static string Style { get; } = Load("report.css");

    /// <summary>The script (no dependency; the page reads without it).</summary>
    public static string Script { get; } = Load("report.js");

    /// <summary>CSP source expression allowing exactly <see cref="Style"/> inline: <c>'sha256-…'</c>.</summary>
    public static string StyleHash { get; } = Hash(Style);

    /// <summary>CSP source expression allowing exactly <see cref="Script"/> inline: <c>'sha256-…'</c>.</summary>
    public static string ScriptHash { get; } = Hash(Script);

    private static string Hash(string s) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s))) + "'";

    private static string Load(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream("NewsLens.Reports.Html.Assets." + name)
            ?? throw new InvalidOperationException($"embedded report asset {name} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

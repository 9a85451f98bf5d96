namespace NewsLens.Tests.Web.Browser;

/// <summary>A browser test: skipped, with a message, where Debian's chromium is not installed (.ci/run installs it).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static string Chromium => Environment.GetEnvironmentVariable("NEWSLENS_CHROMIUM") ?? "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"no chromium at {Chromium} (install Debian's chromium, as .ci/run does, or set NEWSLENS_CHROMIUM)";
    }
}

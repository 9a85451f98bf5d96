using System.Text.RegularExpressions;

namespace NewsLens.Ingest.Common;

/// <summary>
/// Tells the files met while walking a folder that are not articles: hidden files, a corpus's README / LICENSE /
/// notes, and checksum or signature files. They are skipped with a note instead of being analysed or failing as
/// unreadable. A file named explicitly is never asked about.
/// </summary>
internal static partial class NonArticleFiles
{
    private static readonly string[] DocumentStems = ["readme", "license", "licence", "copying", "notice", "authors", "changelog", "citation"];
    private static readonly string[] NoteExtensions = [".md", ".markdown", ".rst"];
    private static readonly string[] ChecksumExtensions = [".sha256", ".sha1", ".sha512", ".md5", ".sig", ".asc", ".sum"];

    /// <summary>Why the file named <paramref name="fileName"/> is not an article, or null when it may be one.</summary>
    public static string? Reason(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        if (name.StartsWith('.')) return "hidden file";
        var ext = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        if (ChecksumExtensions.Contains(ext) || ChecksumList().IsMatch(stem)) return "checksum file";
        if (NoteExtensions.Contains(ext)) return "notes (Markdown/reST)";
        // why: exact stems only; an article called notice-of-closure.txt is still an article
        if (DocumentStems.Contains(stem)) return "corpus documentation";
        return null;
    }

    [GeneratedRegex(@"^((sha\d+|md5|b2)sums?|checksums?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChecksumList();
}

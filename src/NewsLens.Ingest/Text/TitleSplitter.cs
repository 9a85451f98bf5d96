namespace NewsLens.Ingest.Text;

/// <summary>
/// Finds a title block at the start of a plain text: a non-blank first line followed by at least one blank line and
/// then more text. The body starts at the first non-blank line after the blank ones.
/// </summary>
internal static class TitleSplitter
{
    /// <returns>false when the text has no title block.</returns>
    public static bool TrySplit(string text, int maxTitleChars, out string title, out int bodyStart)
    {
        title = "";
        bodyStart = 0;
        int nl = text.IndexOf('\n');
        if (nl <= 0) return false;
        var line = text.AsSpan(0, nl).TrimEnd('\r');
        if (line.IsWhiteSpace() || line.Length > maxTitleChars) return false;

        // why: "blank" means whitespace only, so "\r\n", "  \n" and a trailing-space line all count.
        int p = nl + 1, blankLines = 0, lineStart = p;
        while (p < text.Length)
        {
            char c = text[p];
            if (c == '\n') { blankLines++; lineStart = p + 1; }
            else if (!char.IsWhiteSpace(c)) break;
            p++;
        }
        if (blankLines == 0 || p >= text.Length) return false;
        title = line.Trim().ToString();
        bodyStart = lineStart;
        return true;
    }
}

using System.Text;

namespace NewsLens.Ingest.Common;

/// <summary>
/// Guesses an input format from its name and first bytes. Format names are those of <see cref="ReaderRegistry"/>.
/// </summary>
public static class FormatSniffer
{
    private static readonly string[] TextColumns = ["text", "body", "content", "articlebody", "article_body", "html", "article", "fulltext", "full_text"];

    /// <summary>The format implied by the file name's extension (".warc.gz" included), or null.</summary>
    /// <remarks>Extensions are declared with each format in <see cref="ReaderRegistry"/>.</remarks>
    public static string? FromExtension(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        var ext = Path.GetExtension(name);
        return ext.Length == 0 ? null : ReaderRegistry.ForExtension(ext);
    }

    /// <summary>
    /// The format the first bytes suggest (already decompressed when the input is gzip), or null when they look
    /// binary or are empty. Looks at most at the first 4 KB.
    /// </summary>
    public static string? FromContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8)) head = head[3..];
        int start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        head = head[start..];
        if (head.IsEmpty) return null;
        if (head.StartsWith("WARC/"u8)) return "warc";
        string text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 4096)]);
        if (TextGuard.LooksBinary(text, ReaderLimits.Default.MaxBinaryRatio)) return null;
        switch (text[0])
        {
            case '[': return "json";
            case '{': return LooksLikeJsonLines(text) ? "jsonl" : "json";
            case '<':
                string lower = text.ToLowerInvariant();
                if (lower.Contains("<articles") || (lower.StartsWith("<?xml", StringComparison.Ordinal) && !lower.Contains("<html"))) return "xml";
                return "html";
        }
        int nl = text.IndexOf('\n');
        string first = (nl < 0 ? text : text[..nl]).ToLowerInvariant();
        var cells = first.Split([',', ';', '\t'], StringSplitOptions.TrimEntries);
        if (cells.Length > 1 && cells.Any(c => TextColumns.Contains(c.Trim('"'))))
            return first.Contains('\t') ? "tsv" : "csv";
        return "text";
    }

    // why: a JSON file holding one pretty-printed object has a first line of "{"; JSON Lines has a whole object there.
    private static bool LooksLikeJsonLines(string text)
    {
        int nl = text.IndexOf('\n');
        if (nl < 0) return false;
        var first = text.AsSpan(0, nl).Trim();
        var rest = text.AsSpan(nl + 1).TrimStart();
        return first.Length > 1 && first[^1] == '}' && (rest.IsEmpty || rest[0] == '{');
    }
}

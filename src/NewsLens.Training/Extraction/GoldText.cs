using System.Net;
using System.Text.RegularExpressions;

namespace NewsLens.Training.Extraction;

/// <summary>Turns each set's gold format into plain text for the shingle scorer (SOURCES.md describes the formats).</summary>
internal static partial class GoldText
{
    /// <summary>CleanEval: a <c>URL:</c> first line, then text with <c>&lt;p&gt;</c>, <c>&lt;h&gt;</c>, <c>&lt;l&gt;</c> markers at line starts.</summary>
    public static string FromCleanEval(string gold)
    {
        var text = CleanEvalUrlLine().Replace(gold, "", 1);
        text = CleanEvalMarker().Replace(text, "");
        return WebUtility.HtmlDecode(text).Trim();
    }

    /// <summary>Readability's expected output: HTML; block tags become line breaks, entities are decoded.</summary>
    public static string FromHtml(string gold)
    {
        var text = AnyTag().Replace(gold, "\n");
        return WebUtility.HtmlDecode(text).Trim();
    }

    /// <summary>
    /// Dragnet: plain text; the corrected files append the page's comments after a <c>!@#$%^&amp;*()  COMMENTS</c>
    /// marker line. The article is what precedes it (Dragnet scores content and comments apart).
    /// </summary>
    public static string FromDragnet(string gold)
    {
        int cut = gold.IndexOf("!@#$%^&*()", StringComparison.Ordinal);
        return (cut >= 0 ? gold[..cut] : gold).Trim();
    }

    /// <summary>The address a CleanEval page records in its <c>&lt;text id=URL&gt;</c> wrapper or gold <c>URL:</c> line.</summary>
    public static string? CleanEvalUrl(string htmlOrGold)
    {
        var m = WrapperUrl().Match(htmlOrGold.Length > 2000 ? htmlOrGold[..2000] : htmlOrGold);
        return m.Success ? m.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex(@"^\s*URL:[^\n]*\n")]
    private static partial Regex CleanEvalUrlLine();

    [GeneratedRegex(@"^[ \t]*<[phl]>", RegexOptions.Multiline)]
    private static partial Regex CleanEvalMarker();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(?:<text id=""|^\s*URL:\s*)([^""\s]+)")]
    private static partial Regex WrapperUrl();
}

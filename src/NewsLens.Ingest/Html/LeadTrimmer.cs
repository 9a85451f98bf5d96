using System.Text.RegularExpressions;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Removes what sits between the top of the body container and the first real paragraph: the headline (it is
/// metadata, not body text), dateline/byline rows, share URLs. Also drops headings that head nothing (a "More:"
/// label whose link list was removed).
/// </summary>
internal static partial class LeadTrimmer
{
    public static List<int> Trim(PageScan scan, List<int> kept, IReadOnlyList<string>? titles)
    {
        var blocks = scan.Blocks;
        int firstBody = kept.FindIndex(i => IsSubstantial(blocks[i], 120));
        if (firstBody < 0)
            firstBody = kept.FindIndex(i => IsSubstantial(blocks[i], 40));
        var result = new List<int>(kept.Count);
        for (int k = 0; k < kept.Count; k++)
        {
            var block = blocks[kept[k]];
            if (k < firstBody && (IsLeadFurniture(scan, block) || IsTitle(block.Text, titles)))
                continue;
            result.Add(kept[k]);
        }
        // why: a heading followed by another heading or by nothing introduces text that was removed as furniture.
        for (int k = result.Count - 1; k >= 0; k--)
        {
            var block = blocks[result[k]];
            if (block.Kind != ElementKind.Heading)
                continue;
            bool orphan = k == result.Count - 1 || (blocks[result[k + 1]].Kind == ElementKind.Heading && block.Text.Length < 40 && block.Text.EndsWith(':'));
            if (orphan)
                result.RemoveAt(k);
        }
        return result;
    }

    private static bool IsTitle(string text, IReadOnlyList<string>? titles)
    {
        if (titles is null || text.Length < 10 || text.Length > 300)
            return false;
        foreach (var t in titles)
            if (string.Equals(Squash(t), Squash(text), StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsSubstantial(TextBlock b, int minLength) => b.Kind != ElementKind.Heading && b.Text.Length >= minLength && b.LinkDensity < 0.3;

    private static bool IsLeadFurniture(PageScan scan, TextBlock b)
    {
        if (b.Kind == ElementKind.Heading && scan.Records[b.Owner].Tag == "h1")
            return true;
        var t = b.Text;
        if (t.Length > 160)
            return false;
        if (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return true;
        if (BylineStart().IsMatch(t))
            return true;
        return t.Length < 100 && (DateParsing.FromText(t) is not null || ClockTime().IsMatch(t));
    }

    [GeneratedRegex(@"^(?:by|written by|posted|published|updated|last updated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();
}

using System.Globalization;
using System.Text;

namespace NewsLens.Encoders.Tokenization;

/// <summary>
/// Lower-cases one code point and strips its accents as BERT uncased does (lower, NFD, drop Mn marks).
/// why: the app runs with InvariantGlobalization, where string.Normalize does not decompose, so the decompositions
/// come from a table generated once from Python's unicodedata (the library BERT's own tokenizer uses).
/// </summary>
internal static class AccentFolding
{
    private static readonly Dictionary<int, string> Table = Load();

    /// <summary>The folded text of <paramref name="rune"/>: usually one char, empty for a combining mark.</summary>
    public static string Fold(Rune rune)
    {
        if (rune.Value < 0x80) return ((char)Rune.ToLowerInvariant(rune).Value).ToString();
        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark) return "";
        var lower = Rune.ToLowerInvariant(rune);
        // why: lower again after folding, since a folded upper-case letter (U+0130 -> I) keeps its case
        if (Table.TryGetValue(lower.Value, out var folded)) return folded.ToLowerInvariant();
        if (Hangul(lower.Value) is { } jamo) return jamo;
        return lower.ToString();
    }

    // why: Hangul syllables decompose by formula (Unicode 3.12), so the table leaves out all 11,172 of them
    private static string? Hangul(int cp)
    {
        const int sBase = 0xAC00, lBase = 0x1100, vBase = 0x1161, tBase = 0x11A7, tCount = 28, nCount = 588;
        int s = cp - sBase;
        if (s < 0 || s >= 11172) return null;
        var l = (char)(lBase + s / nCount);
        var v = (char)(vBase + s % nCount / tCount);
        int t = s % tCount;
        return t == 0 ? string.Concat(l, v) : string.Concat(l, v, (char)(tBase + t));
    }

    private static Dictionary<int, string> Load()
    {
        const string name = "NewsLens.Encoders.Tokenization.Data.accents.tsv";
        using var stream = typeof(AccentFolding).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource '{name}' not found");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            var chars = parts[1].Split(' ').Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            table[int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = string.Concat(chars);
        }
        return table;
    }
}

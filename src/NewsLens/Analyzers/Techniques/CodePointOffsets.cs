namespace NewsLens.Analyzers.Techniques;

/// <summary>
/// Converts offsets between UTF-16 code units (how .NET and NewsLens count) and Unicode code points (how the PTC
/// files count) for one text. A lone surrogate counts as one code point, as Python counts it.
/// Immutable and thread-safe after construction. (Local to the techniques feature; a shared converter may replace it.)
/// </summary>
public sealed class CodePointOffsets
{
    // Sorted UTF-16 indices of the low surrogates that complete a pair; each one is a code unit with no code point.
    private readonly int[] _pairTails;

    public CodePointOffsets(string text)
    {
        var tails = new List<int>();
        for (int i = 1; i < text.Length; i++)
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]) && (tails.Count == 0 || tails[^1] != i - 1))
                tails.Add(i);
        _pairTails = [.. tails];
        Utf16Length = text.Length;
    }

    public int Utf16Length { get; }

    /// <summary>True when the text has no surrogate pair, so both counts agree.</summary>
    public bool IsIdentity => _pairTails.Length == 0;

    /// <summary>Code-point offset of UTF-16 offset <paramref name="utf16"/> (in [0, length]); an offset inside a pair maps to the code point after the pair.</summary>
    public int ToCodePoint(int utf16)
    {
        // Number of pair tails strictly before utf16.
        int lo = 0, hi = _pairTails.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_pairTails[mid] < utf16) lo = mid + 1; else hi = mid;
        }
        return utf16 - lo;
    }

    /// <summary>UTF-16 offset of code-point offset <paramref name="codePoint"/>.</summary>
    public int ToUtf16(int codePoint)
    {
        // Smallest u with u - tailsBefore(u) == codePoint, skipping the inside of a pair.
        int u = codePoint;
        foreach (int tail in _pairTails)
        {
            if (tail <= u) u++;
            else break;
        }
        return Math.Min(u, Utf16Length);
    }
}

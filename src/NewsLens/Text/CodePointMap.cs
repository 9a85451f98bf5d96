namespace NewsLens.Text;

/// <summary>
/// Converts offsets between UTF-16 code units (how <see cref="TextSpan"/> counts) and Unicode code points (how
/// brat, Python and most corpora count) for one text. A surrogate pair is one code point and two code units.
/// Immutable and thread-safe. Conversions cost O(log k) where k is the number of astral characters (0 for most text).
/// </summary>
public sealed class CodePointMap
{
    // UTF-16 index of each astral character's high surrogate, ascending.
    private readonly int[] _pairs;

    public CodePointMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Utf16Length = text.Length;
        var pairs = new List<int>();
        for (int i = 0; i + 1 < text.Length; i++)
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) { pairs.Add(i); i++; }
        _pairs = [.. pairs];
        CodePointLength = text.Length - _pairs.Length;
    }

    /// <summary>Length of the text in UTF-16 code units.</summary>
    public int Utf16Length { get; }

    /// <summary>Length of the text in code points.</summary>
    public int CodePointLength { get; }

    /// <summary>
    /// Code-point offset of UTF-16 offset <paramref name="utf16"/> (0..<see cref="Utf16Length"/>). An offset that falls
    /// between the two halves of a pair maps to the code point that the pair forms.
    /// </summary>
    public int ToCodePoint(int utf16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(utf16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utf16, Utf16Length);
        // Every pair that starts before utf16 holds two units but one code point; an offset splitting a pair
        // thereby lands on that pair's code point.
        return utf16 - LowerBound(utf16);
    }

    /// <summary>UTF-16 offset of code-point offset <paramref name="codePoint"/> (0..<see cref="CodePointLength"/>).</summary>
    public int ToUtf16(int codePoint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codePoint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codePoint, CodePointLength);
        // The k-th pair sits at code point _pairs[k] - k; every pair whose code point is before ours adds one unit.
        int lo = 0, hi = _pairs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_pairs[mid] - mid < codePoint) lo = mid + 1; else hi = mid;
        }
        return codePoint + lo;
    }

    /// <summary>The span <paramref name="span"/> as (start, end) code-point offsets.</summary>
    public (int Start, int End) ToCodePoints(TextSpan span) => (ToCodePoint(span.Start), ToCodePoint(span.End));

    /// <summary>The UTF-16 span of code-point range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TextSpan ToTextSpan(int start, int end) => new(ToUtf16(start), ToUtf16(end));

    // Number of pairs whose high surrogate index is < utf16.
    private int LowerBound(int utf16)
    {
        int lo = 0, hi = _pairs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_pairs[mid] < utf16) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

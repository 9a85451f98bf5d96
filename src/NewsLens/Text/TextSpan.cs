using System.Text.Json.Serialization;

namespace NewsLens.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a <see cref="Document"/>'s original text.
/// Never inclusive at the end; an empty span has <c>Start == End</c>.
/// </summary>
[JsonConverter(typeof(TextSpanJsonConverter))]
public readonly record struct TextSpan : IComparable<TextSpan>
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"invalid span [{start}, {end})");
        Start = start;
        End = end;
    }

    /// <summary>Inclusive start, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Exclusive end, in UTF-16 code units.</summary>
    public int End { get; }

    public int Length => End - Start;
    public bool IsEmpty => End == Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Number of code units shared with <paramref name="other"/> (0 when disjoint).</summary>
    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public TextSpan Cover(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"{Start}-{End}";
}

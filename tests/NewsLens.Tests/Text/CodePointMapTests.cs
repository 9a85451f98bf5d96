using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class CodePointMapTests
{
    [Fact]
    public void Plain_text_maps_every_offset_to_itself()
    {
        var map = new CodePointMap("He said “yes” — twice.");
        for (int i = 0; i <= 22; i++)
        {
            Assert.Equal(i, map.ToCodePoint(i));
            Assert.Equal(i, map.ToUtf16(i));
        }
    }

    [Fact]
    public void An_emoji_counts_as_one_code_point_and_two_code_units()
    {
        const string text = "a😀b😀😀c";
        var map = new CodePointMap(text);
        Assert.Equal(9, map.Utf16Length);
        Assert.Equal(6, map.CodePointLength);
        Assert.Equal(2, map.ToCodePoint(3)); // 'b'
        Assert.Equal(5, map.ToCodePoint(8)); // 'c'
        Assert.Equal(8, map.ToUtf16(5));
        Assert.Equal(3, map.ToUtf16(2));
        Assert.Equal(new TextSpan(3, 8), map.ToTextSpan(2, 5));
    }

    [Fact]
    public void Offsets_round_trip_at_every_code_point()
    {
        const string text = "𝒜lpha 😀 beta 𝔹 gamma";
        var map = new CodePointMap(text);
        for (int cp = 0; cp <= map.CodePointLength; cp++) Assert.Equal(cp, map.ToCodePoint(map.ToUtf16(cp)));
        Assert.Equal(text.EnumerateRunes().Count(), map.CodePointLength);
    }

    [Fact]
    public void An_offset_between_the_halves_of_a_pair_maps_to_that_pair()
    {
        var map = new CodePointMap("x😀y");
        Assert.Equal(1, map.ToCodePoint(1));
        Assert.Equal(1, map.ToCodePoint(2));
        Assert.Equal(2, map.ToCodePoint(3));
    }

    [Fact]
    public void Out_of_range_offsets_are_rejected()
    {
        var map = new CodePointMap("ab");
        Assert.Throws<ArgumentOutOfRangeException>(() => map.ToCodePoint(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.ToUtf16(-1));
    }
}

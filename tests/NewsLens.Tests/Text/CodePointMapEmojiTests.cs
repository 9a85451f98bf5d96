using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class CodePointMapEmojiTests
{
    [Fact]
    public void Plain_text_counts_the_same_in_both_units()
    {
        var c = new CodePointMap("plain ASCII and é");
        Assert.Equal(c.Utf16Length, c.CodePointLength);
        Assert.Equal(7, c.ToCodePoint(7));
        Assert.Equal(7, c.ToUtf16(7));
    }

    [Fact]
    public void An_emoji_takes_two_code_units_but_one_code_point()
    {
        const string text = "a\U0001F600b\U0001F600c";
        var c = new CodePointMap(text);
        Assert.NotEqual(c.Utf16Length, c.CodePointLength);
        int[] utf16 = [0, 1, 3, 4, 6, 7];
        int[] cps = [0, 1, 2, 3, 4, 5];
        for (int i = 0; i < utf16.Length; i++)
        {
            Assert.Equal(cps[i], c.ToCodePoint(utf16[i]));
            Assert.Equal(utf16[i], c.ToUtf16(cps[i]));
        }
    }

    [Fact]
    public void Offsets_round_trip_through_code_points_for_mixed_text()
    {
        var text = "x\U0001F44D y \uD83C\uDDFA\uD83C\uDDF8 z\uD800 w"; // a lone high surrogate counts as one code point
        var c = new CodePointMap(text);
        for (int u = 0; u <= text.Length; u++)
        {
            if (u > 0 && u < text.Length && char.IsLowSurrogate(text[u]) && char.IsHighSurrogate(text[u - 1])) continue;
            Assert.Equal(u, c.ToUtf16(c.ToCodePoint(u)));
        }
        Assert.Equal(text.EnumerateRunes().Count(), c.ToCodePoint(text.Length));
    }
}

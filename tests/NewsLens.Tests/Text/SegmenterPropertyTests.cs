using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NewsLens.Tests.Text;

public sealed class SegmenterPropertyTests
{
    // why: random strings rarely hit the segmenter's special cases; these fragments are its decision points
    // (abbreviations, decimals, quotes, URLs, line ends) plus what breaks naive code (lone surrogates, marks, NUL).
    private static readonly string[] Fragments =
    [
        "Mr.", "Col.", "U.S.", "Gen.", "e.g.", "Inc.", "No.", "3.5", "3,500", "1:30", "...", "\u2026", ".", "!", "?", "?!", ",", ";", ":",
        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "(", ")", "[", "]", "--", "\u2014", "\u2013", "-",
        " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\u00A0", "\u2028", "\u2029", "\u3000",
        "The", "said", "he", "A", "x", "Smith", "42", "_", "#", "@", "&", "/",
        "http://news.test/a.b?c=1.", "www.test.org)", "https://", "ann@mail.test", "@@",
        "\uD83D\uDE00", "\uD800", "\uDC00", "\uDBFF\uDFFF", "e\u0301", "\u200D", "\uFE0F", "\0", "\u0001", "\uFFFD", "\u3002",
    ];

    private static Arbitrary<string> Adversarial() =>
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Segmentation_invariants_hold_for_random_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
        {
            s ??= "";
            var violation = SegmentationInvariants.Violation(s);
            return (violation is null).Label(violation ?? "");
        });

    [Property(MaxTest = 3000)]
    public Property Segmentation_invariants_hold_for_adversarial_strings() =>
        Prop.ForAll(Adversarial(), s =>
        {
            var violation = SegmentationInvariants.Violation(s);
            return (violation is null).Label($"{violation} in {Escape(s)}");
        });

    [Fact]
    public void Segmentation_invariants_hold_for_every_single_char()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string s = $"A{(char)c}b. {(char)c}";
            Assert.Null(SegmentationInvariants.Violation(s));
        }
    }

    private static string Escape(string s) =>
        string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}

using System.Globalization;
using System.Text;

namespace NewsLens.Encoders.Tokenization;

/// <summary>BERT's BasicTokenizer character classes, code point by code point.</summary>
internal static class BertCharacters
{
    /// <summary>Removed before tokenizing: NUL, U+FFFD and every "C*" category except tab and line breaks.</summary>
    public static bool IsDropped(Rune r)
    {
        if (r.Value is 0 or 0xFFFD) return true;
        if (r.Value is '\t' or '\n' or '\r') return false;
        return Rune.GetUnicodeCategory(r) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }

    public static bool IsWhitespace(Rune r) =>
        r.Value is ' ' or '\t' or '\n' or '\r' || Rune.GetUnicodeCategory(r) == UnicodeCategory.SpaceSeparator;

    /// <summary>Punctuation and CJK ideographs each become a word of their own.</summary>
    public static bool IsOwnWord(Rune r) => IsPunctuation(r) || IsCjk(r.Value);

    // why: BERT counts every non-alphanumeric ASCII character ($, ^, `) as punctuation, not only category P*
    private static bool IsPunctuation(Rune r)
    {
        int c = r.Value;
        if (c is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126) return true;
        return Rune.GetUnicodeCategory(r) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(int c) =>
        c is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF
            or >= 0x2A700 and <= 0x2B73F or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF
            or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;
}

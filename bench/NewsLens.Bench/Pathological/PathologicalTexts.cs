using System.Text;

namespace NewsLens.Bench.Pathological;

/// <summary>
/// Generators of hostile text: each repeats a short unit we wrote ourselves until the text reaches the size asked for.
/// Deterministic (a fixed seed where there is any choice), so a run can be repeated.
/// </summary>
internal static class PathologicalTexts
{
    /// <summary>Name → unit repeated (or a function of the position for the mixed ones).</summary>
    public static readonly IReadOnlyDictionary<string, Func<int, string>> Generators = new Dictionary<string, Func<int, string>>
    {
        // attribution cues in one paragraph of short sentences
        ["cues"] = i => (i % 4) switch { 0 => "He said. ", 1 => "According to officials, she told reporters. ", 2 => "They claimed, warned and added. ", _ => "The mayor said: " },
        // the same cues without a single sentence end: one giant sentence
        ["cues-one-sentence"] = i => (i % 3) switch { 0 => "he said ", 1 => "according to officials ", _ => "she told reporters, " },
        // "X said:" closing paragraph after paragraph (block-quote intros)
        ["said-colon"] = _ => "The minister said:\n\n",
        // opening marks only, closing marks only, and straight quotes glued to words
        ["quotes-unbalanced"] = i => (i % 3) switch { 0 => "\u201C ", 1 => "\u201D ", _ => "\"a ", },
        // nested quotes that never close, across paragraphs
        ["quotes-nested"] = i => (i % 4) switch { 0 => "\u201CHe said \u2018", 1 => "she said \u201C", 2 => "\u2018no ", _ => "\n\n\u201C" },
        ["brackets"] = i => (i % 4) switch { 0 => "((((", 1 => "[[", 2 => "]] ", _ => ")) (" },
        ["giant-sentence"] = i => i % 10 == 0 ? "officials " : "word ",
        ["no-spaces"] = _ => "abcdefghij",
        ["numbers"] = i => (i % 3) switch { 0 => "1,000,000 ", 1 => "5% ", _ => "$3.5 million to 7 " },
        ["loaded-words"] = i => (i % 3) switch { 0 => "evil traitors ", 1 => "total disaster! ", _ => "radical terrorist regime " },
        ["newlines"] = _ => "\n",
    };

    /// <summary>The text of <paramref name="name"/> at <paramref name="chars"/> UTF-16 code units.</summary>
    public static string Make(string name, int chars)
    {
        var unit = Generators[name];
        var sb = new StringBuilder(chars + 64);
        for (int i = 0; sb.Length < chars; i++) sb.Append(unit(i));
        sb.Length = chars;
        return sb.ToString();
    }
}

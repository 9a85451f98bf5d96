using System.Text;

namespace NewsLens.Ingest.Common;

/// <summary>
/// Text stored tokenized, with spaces around punctuation and split contractions as NLP corpora keep it
/// (<c>life , not from reading . It does n't</c>): recognised, and rejoined into readable text
/// (<c>life, not from reading. It doesn't</c>) so sentences, quotes and offsets work as on ordinary text.
/// </summary>
internal static class TokenizedText
{
    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "\u2019s", "n\u2019t"];

    /// <summary>
    /// True when commas (or, without commas, full stops) stand apart from the word before them at least twice and never
    /// touch a word: ordinary prose writes <c>word,</c> and <c>word.</c>.
    /// </summary>
    public static bool Looks(string text)
    {
        int spacedCommas = 0, attachedCommas = 0, spacedStops = 0, attachedStops = 0;
        for (int i = 1; i + 1 < text.Length; i++)
        {
            char c = text[i];
            if (c != ',' && c != '.') continue;
            bool after = text[i + 1] is ' ' or '\n' or '\r';
            if (!after) continue;
            bool spaced = text[i - 1] == ' ';
            bool attached = char.IsLower(text[i - 1]); // why: "U.S. " ends in an upper-case letter in tokenized text too
            if (c == ',') { if (spaced) spacedCommas++; else if (attached) attachedCommas++; }
            else { if (spaced) spacedStops++; else if (attached) attachedStops++; }
        }
        return spacedCommas + attachedCommas > 0
            ? spacedCommas >= 2 && attachedCommas == 0
            : spacedStops >= 2 && attachedStops == 0;
    }

    /// <summary>
    /// Rejoins tokenized text: no space before closing punctuation and clitics, none after opening brackets. Each
    /// non-empty line is a paragraph (the tokenized convention), written apart from the next by a blank line.
    /// </summary>
    public static string Join(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            bool openQuote = true; // why: straight double quotes alternate opening and closing within a line
            bool glueNext = false;
            bool first = true;
            foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string t = token is "``" or "''" ? "\"" : token;
                bool glueLeft;
                if (t == "\"") { glueLeft = !openQuote; }
                else glueLeft = t is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "}" or "%" or "..." || Clitics.Contains(t, StringComparer.OrdinalIgnoreCase);
                if (!first && !glueLeft && !glueNext) sb.Append(' ');
                sb.Append(t);
                glueNext = t is "(" or "[" or "{" or "$" || (t == "\"" && openQuote);
                if (t == "\"") openQuote = !openQuote;
                first = false;
            }
        }
        return sb.ToString();
    }
}

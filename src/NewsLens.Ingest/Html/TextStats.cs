namespace NewsLens.Ingest.Html;

/// <summary>Character counts of a block's text in one pass, for <see cref="BlockFeatures"/>.</summary>
internal readonly record struct TextStats(int Words, int SentenceEnds, int Commas, int Digits, int Letters, int Upper, int Separators, bool EndsWithStop)
{
    public static TextStats Of(string text)
    {
        int words = 0, ends = 0, commas = 0, digits = 0, letters = 0, upper = 0, seps = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord) words++;
            inWord = wordChar;
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            else if (char.IsDigit(c)) digits++;
            else if (c is '.' or '!' or '?') ends++;
            else if (c == ',') commas++;
            else if (c is '|' or '\u00B7' or '\u2022' or '\u00BB') seps++;
        }
        var trimmed = text.AsSpan().TrimEnd();
        bool stop = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '\u201D' or ':' or ')';
        return new TextStats(words, ends, commas, digits, letters, upper, seps, stop);
    }
}

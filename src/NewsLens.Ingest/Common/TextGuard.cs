namespace NewsLens.Ingest.Common;

/// <summary>Checks a decoded record text against <see cref="ReaderLimits"/> before it becomes an article.</summary>
internal static class TextGuard
{
    private const int SampleChars = 65_536;

    /// <summary>The reason <paramref name="text"/> is unusable, or null when it is fine.</summary>
    public static string? Check(string text, ReaderLimits limits)
    {
        if (text.Length > limits.MaxRecordChars)
            return $"record too long: {text.Length:N0} chars (limit {limits.MaxRecordChars:N0})";
        if (string.IsNullOrWhiteSpace(text))
            return "empty text";
        return LooksBinary(text.AsSpan(0, Math.Min(text.Length, SampleChars)), limits.MaxBinaryRatio)
            ? "content looks binary (too many NUL/control/undecodable characters)"
            : null;
    }

    /// <summary>True when the share of NULs, non-whitespace C0 controls and U+FFFD exceeds <paramref name="maxRatio"/>.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> sample, double maxRatio)
    {
        if (sample.IsEmpty) return false;
        int bad = 0, nul = 0;
        foreach (char c in sample)
        {
            if (c == '\0') { nul++; bad++; }
            else if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\uFFFD') bad++;
        }
        // why: one NUL in a hundred already means UTF-16 or a binary format; text editors never write NULs.
        return bad > sample.Length * maxRatio || nul > sample.Length / 100;
    }
}

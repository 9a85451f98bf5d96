namespace NewsLens.Cli.Options;

/// <summary>
/// Reads a text file for a command that runs a model by hand (<c>quotes</c>, <c>techniques</c>), under the same size
/// limit the analysis pipeline applies: an oversized file fails alone, named, before it is read into memory.
/// </summary>
internal static class BoundedText
{
    /// <summary>The pipeline's default limit, in UTF-16 chars (<see cref="NewsLens.Pipeline.PipelineOptions.MaxTextLength"/>).</summary>
    public static int MaxChars { get; } = new NewsLens.Pipeline.PipelineOptions().MaxTextLength;

    /// <exception cref="IOException">when the file cannot be read or is over <paramref name="maxChars"/> (the message says which limit).</exception>
    public static string Read(string path, int? maxChars = null)
    {
        int max = maxChars ?? MaxChars;
        long bytes = new FileInfo(path).Length;
        // why: a UTF-16 char takes at most 3 UTF-8 bytes, so a file over 3 × max bytes holds more than max chars: refuse it unread
        if (bytes > 3L * max) throw new IOException($"file is {bytes:N0} bytes, over the limit of {max:N0} characters");
        var text = File.ReadAllText(path);
        if (text.Length > max) throw new IOException($"text is {text.Length:N0} characters, over the limit of {max:N0}");
        return text;
    }
}

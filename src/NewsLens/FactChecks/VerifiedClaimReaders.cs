using System.Text;

namespace NewsLens.FactChecks;

/// <summary>
/// Reads verified claims from a file, choosing the reader by extension, else by content: <c>.tsv</c>/<c>.txt</c> as
/// CheckThat! TSV; <c>.json</c>/<c>.jsonld</c> as ClaimReview JSON(-LD); <c>.jsonl</c>/<c>.ndjson</c> as JSON Lines.
/// </summary>
public static class VerifiedClaimReaders
{
    /// <summary>Largest file read whole (JSON), in bytes.</summary>
    public const long MaxJsonBytes = 1L << 30;

    /// <exception cref="IOException">when the file cannot be opened.</exception>
    /// <exception cref="InvalidDataException">when a JSON file is over <see cref="MaxJsonBytes"/>.</exception>
    public static IEnumerable<VerifiedClaimRecord> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        bool json = ext is ".json" or ".jsonld" or ".jsonl" or ".ndjson" || (ext is not ".tsv" and not ".txt" && StartsLikeJson(path));
        if (!json) return ReadTsv(path, name);
        if (new FileInfo(path).Length > MaxJsonBytes) throw new InvalidDataException($"{path}: over {MaxJsonBytes:N0} bytes, too large to read as one JSON text");
        return ClaimReviewJsonReader.Read(File.ReadAllText(path, Encoding.UTF8), name, jsonLines: ext is ".jsonl" or ".ndjson");
    }

    private static IEnumerable<VerifiedClaimRecord> ReadTsv(string path, string name)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var record in VerifiedClaimTsvReader.Read(reader, name)) yield return record;
    }

    private static bool StartsLikeJson(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        int c;
        while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c)) { }
        return c is '{' or '[';
    }
}

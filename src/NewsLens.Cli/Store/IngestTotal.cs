using NewsLens.Cli.Batch;

namespace NewsLens.Cli.Store;

/// <summary>
/// How many records an ingest will read, for its progress and ETA: the registry's count when every file holds one
/// article, else for JSON Lines files the count of non-blank lines (one record each); null when neither tells.
/// </summary>
internal static class IngestTotal
{
    public static long? Count(InputResolver reader, IReadOnlyList<string> paths, string? format)
    {
        if (reader.Count(paths) is { } n) return n;
        long total = 0;
        foreach (var path in paths)
        {
            bool jsonl = format is "jsonl" || format is null && Path.GetExtension(path) is ".jsonl" or ".ndjson" or ".jl";
            if (!jsonl || !File.Exists(path)) return null;
            total += Lines(path);
        }
        return total;
    }

    private static long Lines(string path)
    {
        // why: counting newline bytes reads at disk speed; a million-record file takes well under a second
        long lines = 0;
        bool content = false;
        var buffer = new byte[1 << 16];
        using var f = File.OpenRead(path);
        int n;
        while ((n = f.Read(buffer)) > 0)
            foreach (byte b in buffer.AsSpan(0, n))
            {
                if (b == (byte)'\n') { if (content) lines++; content = false; }
                else if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t')) content = true;
            }
        return content ? lines + 1 : lines;
    }
}

namespace NewsLens.Encoders.Tokenization;

/// <summary>A BERT WordPiece vocabulary: word-initial pieces and <c>##</c> continuations, looked up without allocating.</summary>
public sealed class WordPieceVocab
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _starts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;

    private WordPieceVocab(Dictionary<string, int> starts, Dictionary<string, int> continuations, int count)
    {
        _starts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuations = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = count;
        Unknown = Id(starts, "[UNK]");
        Cls = Id(starts, "[CLS]");
        Sep = Id(starts, "[SEP]");
        Pad = Id(starts, "[PAD]");
    }

    public int Count { get; }
    public int Unknown { get; }
    public int Cls { get; }
    public int Sep { get; }
    public int Pad { get; }

    /// <summary>Parses one entry per line (LF or CRLF); the id is the line number from 0.</summary>
    public static WordPieceVocab Parse(string text)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        // why: the file ends with a line break, which leaves one empty last line that is not an entry
        int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (int id = 0; id < count; id++)
        {
            var entry = lines[id].TrimEnd('\r');
            if (entry.StartsWith("##", StringComparison.Ordinal) && entry.Length > 2) continuations.TryAdd(entry[2..], id);
            else starts.TryAdd(entry, id);
        }
        return new WordPieceVocab(starts, continuations, count);
    }

    /// <summary>The id of <paramref name="piece"/> as a word start, or as a <c>##</c> continuation; -1 when absent.</summary>
    public int Find(ReadOnlySpan<char> piece, bool continuation) =>
        (continuation ? _continuations : _starts).TryGetValue(piece, out int id) ? id : -1;

    private static int Id(Dictionary<string, int> starts, string special) =>
        starts.TryGetValue(special, out int id) ? id : throw new InvalidDataException($"vocabulary has no {special}");
}

using System.Globalization;
using System.Text;
using NewsLens.Analyzers.Claims;

namespace NewsLens.Training.Claims;

/// <summary>Reads the CheckThat! formats: debate transcripts and tweet TSV files (quoting off, raw newlines repaired).</summary>
public static class CheckThatReader
{
    /// <summary>Reads a transcript: <c>line_number TAB speaker TAB sentence [TAB label]</c>, no header; CRLF tolerated.</summary>
    /// <exception cref="InvalidDataException">naming the file and line when a line does not have that shape.</exception>
    public static Transcript ReadTranscript(string path, string set = "")
    {
        var lines = new List<TranscriptLine>();
        int n = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 3)
                throw new InvalidDataException($"{path}:{n}: expected line_number, speaker and sentence separated by tabs, found {f.Length} field(s)");
            if (!int.TryParse(f[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int number))
                throw new InvalidDataException($"{path}:{n}: line number '{f[0]}' is not an integer");
            int? label = null;
            if (f.Length >= 4 && f[3].Trim().Length > 0)
            {
                if (!int.TryParse(f[3].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int l) || l is not (0 or 1))
                    throw new InvalidDataException($"{path}:{n}: label '{f[3]}' is not 0 or 1");
                label = l;
            }
            lines.Add(new TranscriptLine(number, f[1].Trim(), f[2], label));
        }
        return new Transcript(Path.GetFileName(path), set, lines);
    }

    /// <summary>True when the file's first line is a tweet header (it names tweet_id and tweet_text).</summary>
    public static bool IsTweetFile(string path)
    {
        using var r = new StreamReader(path, Encoding.UTF8);
        var first = r.ReadLine() ?? "";
        return first.Contains("tweet_id", StringComparison.Ordinal) && first.Contains("tweet_text", StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads a tweet TSV with a header naming <c>topic_id</c> or <c>topic</c>, <c>tweet_id</c>, <c>tweet_text</c> and,
    /// optionally, <c>check_worthiness</c> or <c>class_label</c>. A record whose text holds raw newlines spans several
    /// physical lines; they are joined until the record has the header's column count.
    /// </summary>
    public static List<LabelledTweet> ReadTweets(string path)
    {
        using var r = new StreamReader(path, Encoding.UTF8);
        var header = (r.ReadLine() ?? throw new InvalidDataException($"{path}: empty file")).TrimEnd('\r').Split('\t');
        int Col(params string[] names)
        {
            foreach (var name in names)
            {
                int i = Array.IndexOf(header, name);
                if (i >= 0) return i;
            }
            return -1;
        }
        int topic = Col("topic_id", "topic"), id = Col("tweet_id"), text = Col("tweet_text"), label = Col("check_worthiness", "class_label");
        if (id < 0 || text < 0) throw new InvalidDataException($"{path}: header must name tweet_id and tweet_text");
        var result = new List<LabelledTweet>();
        int n = 1;
        string? pending = null;
        int pendingLine = 0;
        while (r.ReadLine() is { } raw)
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (pending is null) { pending = line; pendingLine = n; }
            else pending += "\n" + line;
            int fields = pending.Count(c => c == '\t') + 1;
            if (fields < header.Length) continue;
            if (fields > header.Length)
                throw new InvalidDataException($"{path}:{pendingLine}: {fields} fields, the header has {header.Length}");
            var f = pending.Split('\t');
            pending = null;
            int? l = null;
            if (label >= 0 && int.TryParse(f[label].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)) l = v;
            result.Add(new LabelledTweet(topic >= 0 ? f[topic] : "", f[id].Trim(), f[text], l));
        }
        if (pending is not null && pending.Trim().Length > 0)
            throw new InvalidDataException($"{path}:{pendingLine}: the last record is incomplete");
        return result;
    }

    /// <summary>Reads a ClaimBuster two-class JSON file: an array of <c>{sentence_id, label, text}</c>.</summary>
    public static List<LabelledSentence> ReadClaimBuster(string path)
    {
        using var s = File.OpenRead(path);
        using var json = System.Text.Json.JsonDocument.Parse(s);
        var result = new List<LabelledSentence>();
        foreach (var e in json.RootElement.EnumerateArray())
            result.Add(new LabelledSentence(e.GetProperty("sentence_id").GetInt32(), e.GetProperty("text").GetString() ?? "", e.GetProperty("label").GetInt32()));
        return result;
    }
}

using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Ingest.Csv;
using NewsLens.Ingest.Json;

namespace NewsLens.Tests.Ingest;

public sealed class RoundTripPropertyTests
{
    // why: the characters that drive the JSON splitter and the CSV parser, mixed with ordinary text.
    private static readonly string[] Pieces = ["a", "Word", " ", "\"", "\\", "{", "}", "[", "]", ",", ";", "\t", "\n", "\r\n", "'", ":", "é", "\uD83D\uDE00", "x y"];

    private static Arbitrary<string[]> Texts() =>
        Gen.Elements(Pieces).ArrayOf().Select(p => "T" + string.Concat(p)).ArrayOf().ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Any_array_of_articles_written_as_JSON_reads_back_unchanged() =>
        Prop.ForAll(Texts(), texts =>
        {
            var json = JsonSerializer.Serialize(texts.Select(t => new { text = t }));
            var read = new JsonArticleReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "p.json", default).ToList();
            return texts.Length == 0
                ? read.Count == 1 && !read[0].IsOk
                : read.All(r => r.IsOk) && read.Select(r => r.Article!.Text).SequenceEqual(texts);
        });

    [Property(MaxTest = 300)]
    public Property Any_rows_written_as_RFC4180_CSV_read_back_unchanged() =>
        Prop.ForAll(Texts(), texts =>
        {
            var sb = new StringBuilder("id,text\r\n");
            for (int i = 0; i < texts.Length; i++) sb.Append(i).Append(",\"").Append(texts[i].Replace("\"", "\"\"")).Append("\"\r\n");
            var read = new CsvArticleReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString())), "p.csv", default).ToList();
            return texts.Length == 0
                ? read.Count == 1 && !read[0].IsOk
                : read.All(r => r.IsOk) && read.Select(r => r.Article!.Text).SequenceEqual(texts);
        });
}

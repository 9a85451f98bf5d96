using System.Text;
using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Csv;

/// <summary>
/// Reads a delimited file with a header row (format <c>csv</c>; <c>tsv</c> when built with a TAB delimiter), one
/// article per record, streaming. Quoting follows RFC 4180 (quoted delimiters, doubled quotes, line breaks inside
/// quotes). The delimiter is detected among ',', ';' and TAB unless set; a UTF-8 BOM is skipped.
/// <para>Columns by header name (case-insensitive, ignoring spaces, '-' and '_'): text/body/content/articleBody
/// (or html, sent to the extractor), title/headline, url/link, date/published, source/outlet/publisher, id,
/// authors/author (several separated by ';' or '|').</para>
/// A broken record (stray or unterminated quote, wrong field count, no text) yields a failure naming
/// <c>path:line</c> and reading resyncs on the next line. A header without a text column fails the whole file once.
/// Thread-safe.
/// </summary>
public sealed class CsvArticleReader(IHtmlArticleExtractor? extractor = null, CsvReaderOptions? options = null) : StreamArticleReader((options ?? CsvReaderOptions.Default).Limits)
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly CsvReaderOptions _options = options ?? CsvReaderOptions.Default;

    public override string Format => _options.Delimiter == '\t' ? "tsv" : "csv";

    private protected override IEnumerable<ReadItem> Parse(PeekStream peeked, string name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(peeked, Utf8, detectEncodingFromByteOrderMarks: true, InputFiles.BufferSizeFor(peeked), leaveOpen: true);
        var source = new CsvCharSource(reader);
        char delimiter = _options.Delimiter ?? DetectDelimiter(source);
        var limits = Limits;
        var parser = new CsvParser(source, delimiter, limits.MaxRecordChars);
        var header = parser.Next();
        if (header is null || header.Error is not null)
        {
            yield return ReadItem.Fail(name, header is null ? "empty input" : $"unreadable header: {header.Error}");
            yield break;
        }
        var columns = CsvColumns.FromHeader(header.Fields);
        if (!columns.HasText)
        {
            yield return ReadItem.Fail(name, $"no text column in header [{string.Join(", ", header.Fields)}]; expected one of {CsvColumns.ExpectedTextColumns}");
            yield break;
        }
        bool any = false;
        long record = 0;
        while (parser.Next() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            any = true;
            record++;
            string location = Where.Line(name, row.Line);
            if (row.Error is not null)
                yield return ReadItem.Fail(location, row.Error);
            else if (row.Fields.Count != columns.Count)
                yield return ReadItem.Fail(location, $"expected {columns.Count} fields as in the header, found {row.Fields.Count}");
            else
                yield return RecordGuard.Build(location, () => ArticleFactory.Build(location, ArticleIds.FromRecord(name, record), ToFields(row.Fields, columns), extractor, limits)) with { Record = record };
        }
        if (!any) yield return ReadItem.Fail(name, "empty input: a header and no records");
    }

    private static RecordFields ToFields(List<string> row, CsvColumns c)
    {
        string? At(int i) => i >= 0 ? row[i] : null;
        var f = new RecordFields
        {
            Id = At(c.Id),
            Title = At(c.Title),
            Text = At(c.Text),
            Html = At(c.Html),
            Url = At(c.Url),
            Source = At(c.Source),
            Published = Dates.Parse(At(c.Date)),
        };
        if (At(c.Authors) is { } authors)
            f.Authors.AddRange(authors.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return f;
    }

    // why: sniff the header line only (outside quotes); header names rarely contain any of the candidates.
    private static char DetectDelimiter(CsvCharSource source)
    {
        var line = new StringBuilder();
        int comma = 0, semicolon = 0, tab = 0;
        bool quoted = false;
        long startLine = source.Line;
        int c;
        while ((c = source.Read()) >= 0)
        {
            line.Append((char)c);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\n') break;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
            if (line.Length > 1 << 20) break;
        }
        source.PushBack(line.ToString(), startLine);
        if (tab > comma && tab >= semicolon) return '\t';
        return semicolon > comma ? ';' : ',';
    }
}

using System.Text;

namespace NewsLens.Ingest.Csv;

/// <summary>
/// RFC 4180 record parser: quoted fields may hold delimiters, doubled quotes and line breaks; a quote inside an
/// unquoted field is kept as a literal (common in real dumps). Two things break a record: a character other than a
/// delimiter or line end right after a closing quote, and a quoted field still open at the end of the input or past
/// the size limit. The parser then reports the record's first line and resyncs by re-reading everything after that
/// line, so one stray quote costs one record (or a few), never the rest of the file.
/// </summary>
internal sealed class CsvParser(CsvCharSource source, char delimiter, int maxRecordChars)
{
    private enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

    private readonly StringBuilder _field = new();
    private readonly StringBuilder _raw = new();

    /// <summary>The next record, or null at the end of the input.</summary>
    public CsvRow? Next()
    {
        while (true)
        {
            if (source.Peek() < 0) return null;
            var row = ParseOne();
            // why: blank lines between records are not records.
            if (row.Error is null && row.Fields.Count == 1 && row.Fields[0].Length == 0) continue;
            return row;
        }
    }

    private CsvRow ParseOne()
    {
        long line = source.Line;
        var fields = new List<string>();
        _field.Clear();
        _raw.Clear();
        var state = State.FieldStart;
        while (true)
        {
            int c = source.Read();
            if (c >= 0 && _raw.Length <= maxRecordChars) _raw.Append((char)c);
            if (c < 0)
            {
                if (state == State.Quoted) return Broken(line, "unterminated quoted field (a quote opened here is never closed)");
                fields.Add(_field.ToString());
                return new CsvRow(fields, line, null);
            }
            if (_field.Length > maxRecordChars)
                return Broken(line, state == State.Quoted
                    ? $"quoted field longer than {maxRecordChars:N0} chars (unterminated quote?)"
                    : $"field longer than {maxRecordChars:N0} chars");
            switch (state)
            {
                case State.FieldStart or State.Unquoted:
                    if (c == '"' && state == State.FieldStart) state = State.Quoted;
                    else if (c == delimiter) { fields.Add(_field.ToString()); _field.Clear(); state = State.FieldStart; }
                    else if (c is '\n' or '\r') { EndLine(c); fields.Add(_field.ToString()); return new CsvRow(fields, line, null); }
                    else { _field.Append((char)c); state = State.Unquoted; }
                    break;
                case State.Quoted:
                    if (c == '"') state = State.QuoteInQuoted;
                    else _field.Append((char)c);
                    break;
                case State.QuoteInQuoted:
                    if (c == '"') { _field.Append('"'); state = State.Quoted; }
                    else if (c == delimiter) { fields.Add(_field.ToString()); _field.Clear(); state = State.FieldStart; }
                    else if (c is '\n' or '\r') { EndLine(c); fields.Add(_field.ToString()); return new CsvRow(fields, line, null); }
                    else return Broken(line, $"unexpected '{Printable(c)}' after a closing quote (a stray quote in a quoted field?)");
                    break;
            }
        }
    }

    private void EndLine(int c)
    {
        if (c == '\r' && source.Peek() == '\n') source.Read();
    }

    private CsvRow Broken(long line, string message)
    {
        // why: resync on the line after the record's first line: re-read what this record swallowed after it, or
        // drop the rest of the first line when the record broke there.
        string raw = _raw.ToString();
        int nl = raw.IndexOf('\n');
        if (nl >= 0) source.PushBack(raw[(nl + 1)..], line + 1);
        else
        {
            int c;
            while ((c = source.Read()) >= 0 && c != '\n') { }
        }
        return new CsvRow([], line, message);
    }

    private static string Printable(int c) => c < 0x20 ? $"\\u{c:X4}" : ((char)c).ToString();
}

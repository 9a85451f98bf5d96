namespace NewsLens.Ingest.Csv;

/// <summary>
/// Chars from a <see cref="TextReader"/> with push-back, so the parser can re-read the tail of a broken record, and a
/// running line number (1-based, counted on '\n').
/// </summary>
internal sealed class CsvCharSource(TextReader reader)
{
    private readonly char[] _buf = new char[1 << 15];
    private int _pos, _len;
    private string _back = "";
    private int _backPos;

    public long Line { get; set; } = 1;

    public int Read()
    {
        int c;
        if (_backPos < _back.Length) c = _back[_backPos++];
        else
        {
            if (_pos == _len)
            {
                _len = reader.Read(_buf, 0, _buf.Length);
                _pos = 0;
                if (_len <= 0) { _len = 0; return -1; }
            }
            c = _buf[_pos++];
        }
        if (c == '\n') Line++;
        return c;
    }

    public int Peek()
    {
        if (_backPos < _back.Length) return _back[_backPos];
        if (_pos == _len)
        {
            _len = reader.Read(_buf, 0, _buf.Length);
            _pos = 0;
            if (_len <= 0) { _len = 0; return -1; }
        }
        return _buf[_pos];
    }

    /// <summary>Makes <paramref name="text"/> the next chars read, starting at line <paramref name="line"/>.</summary>
    public void PushBack(string text, long line)
    {
        _back = text + _back[_backPos..];
        _backPos = 0;
        Line = line;
    }
}

namespace NewsLens.Text;

/// <summary>
/// Where an article was read from: the input's path as given or met while walking a folder (<c>-</c> for standard
/// input), and for inputs holding several records (JSON Lines, CSV, WARC, SemEval XML, JSON arrays) the record's
/// 1-based number in it (the line number for JSON Lines), else null.
/// </summary>
public sealed record InputRef(string Path, long? Record = null);

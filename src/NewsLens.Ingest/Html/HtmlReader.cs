using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Reads HTML pages (<c>.html</c>, <c>.htm</c>, <c>.html.gz</c>, <c>.htm.gz</c>) from a file or, recursively and in
/// ordinal path order, from a folder; one page per file, one file in memory at a time. Pages that are empty, binary,
/// truncated gzip, oversized or not an article come back as <see cref="ReadItem.Fail"/> with the reason. Throws
/// <see cref="FileNotFoundException"/> only when the path does not exist. Thread-safe.
/// </summary>
public sealed class HtmlReader : IArticleReader
{
    private readonly HtmlArticleExtractor _extractor;
    private readonly long _maxFileBytes;

    public HtmlReader(HtmlExtractorOptions? options = null)
    {
        var o = options ?? HtmlExtractorOptions.Default;
        _extractor = new HtmlArticleExtractor(o);
        // why: UTF-8 needs up to 3 bytes per UTF-16 unit for most scripts; beyond that the extractor would refuse anyway.
        _maxFileBytes = (long)o.MaxInputChars * 3;
    }

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public IEnumerable<ReadItem> Read(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            return ReadFolder(path, cancellationToken);
        if (!File.Exists(path))
            throw new FileNotFoundException($"no such file or folder: {path}", path);
        return ReadFiles([path], cancellationToken);
    }

    /// <summary>True for the file names this reader takes.</summary>
    public static bool IsHtmlFile(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm.gz", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<ReadItem> ReadFolder(string folder, CancellationToken ct)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsHtmlFile).ToList();
        files.Sort(StringComparer.Ordinal);
        return ReadFiles(files, ct);
    }

    private IEnumerable<ReadItem> ReadFiles(IEnumerable<string> files, CancellationToken ct)
    {
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            yield return RecordGuard.Build(file, () => ReadOne(file));
        }
    }

    /// <summary>
    /// Reads one page file as text: size-bounded, gunzipped when compressed, decoded by BOM or declared charset.
    /// Returns false with <paramref name="error"/> naming the problem instead of throwing.
    /// </summary>
    public bool TryReadHtml(string file, out string html, out string error)
    {
        html = string.Empty;
        byte[] raw;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > _maxFileBytes)
            {
                error = $"file too large: {info.Length:N0} bytes, limit {_maxFileBytes:N0}";
                return false;
            }
            raw = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read file: {ex.Message}";
            return false;
        }
        return HtmlDecoder.TryDecode(raw, _maxFileBytes, out html, out error);
    }

    private ReadItem ReadOne(string file)
    {
        if (!TryReadHtml(file, out var html, out var error))
            return ReadItem.Fail(file, error);
        var result = _extractor.Extract(html);
        if (!result.IsArticle)
            return ReadItem.Fail(file, $"not an article: {result.NotArticleReason}");
        string id = ArticleIds.FromFile(file);
        var article = result.Article with { Id = id, Metadata = result.Article.Metadata with { Id = id } };
        return ReadItem.Ok(file, article);
    }
}

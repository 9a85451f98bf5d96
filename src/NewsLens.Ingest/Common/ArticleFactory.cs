using NewsLens.Text;

namespace NewsLens.Ingest.Common;

/// <summary>Turns <see cref="RecordFields"/> into a <see cref="ReadItem"/>, applying the limits and the HTML extractor.</summary>
internal static class ArticleFactory
{
    public const string NoTextMessage = "no article text (expected a text, body, content, articleBody or html field)";

    public static ReadItem Build(string location, string fallbackId, RecordFields f, IHtmlArticleExtractor? extractor, ReaderLimits limits)
    {
        ArticleMetadata baseMeta;
        string text;
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            text = f.Text;
            baseMeta = ArticleMetadata.Empty;
        }
        else if (!string.IsNullOrWhiteSpace(f.Html))
        {
            if (extractor is null) return ReadItem.Fail(location, "record has only HTML and no HTML extractor is configured");
            HtmlExtraction extraction;
            try
            {
                extraction = extractor.Extract(f.Html, f.Url);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // why: the extractor is another component; its failure costs this record, not the batch.
                return ReadItem.Fail(location, $"HTML extraction failed: {ex.GetType().Name}: {ex.Message}");
            }
            text = extraction.Article.Text;
            baseMeta = extraction.Article.Metadata;
        }
        else return ReadItem.Fail(location, f.Text is null && f.Html is null ? NoTextMessage : "empty text");

        if (TextGuard.Check(text, limits) is { } problem) return ReadItem.Fail(location, problem);
        if (FieldProblem(f, limits) is { } field) return ReadItem.Fail(location, field);
        string id = string.IsNullOrWhiteSpace(f.Id) ? baseMeta.Id ?? fallbackId : f.Id.Trim();
        var meta = baseMeta with
        {
            Id = id,
            Title = NullIfBlank(f.Title) ?? baseMeta.Title,
            Url = NullIfBlank(f.Url) ?? baseMeta.Url,
            SiteName = NullIfBlank(f.Source) ?? baseMeta.SiteName,
            Published = f.Published ?? baseMeta.Published,
            Authors = f.Authors.Count > 0 ? f.Authors.ToArray() : baseMeta.Authors,
        };
        return ReadItem.Ok(location, new ArticleInput(id, text, meta));
    }

    // why: metadata is hostile input too; a megabyte "title" is garbage and would bloat every report and page
    private static string? FieldProblem(RecordFields f, ReaderLimits limits)
    {
        foreach (var (name, value) in new[] { ("id", f.Id), ("title", f.Title), ("source", f.Source) })
            if (value is { } v && v.Length > limits.MaxFieldChars) return $"{name} is {v.Length:N0} characters, over the limit of {limits.MaxFieldChars:N0}";
        if (f.Url is { } url && url.Length > limits.MaxUrlChars) return $"url is {url.Length:N0} characters, over the limit of {limits.MaxUrlChars:N0}";
        if (f.Authors.Count > limits.MaxAuthors) return $"{f.Authors.Count:N0} authors, over the limit of {limits.MaxAuthors:N0}";
        foreach (var a in f.Authors)
            if (a.Length > limits.MaxFieldChars) return $"an author name is {a.Length:N0} characters, over the limit of {limits.MaxFieldChars:N0}";
        return null;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using System.Text.Json;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Cli.Store;

/// <summary>A work item's payload: the record's text and metadata as its reader produced them, as JSON.</summary>
internal sealed record QueuedArticle(string Id, string Text, ArticleMetadata Metadata)
{
    public string ToJson() => JsonSerializer.Serialize(this, ReportJson.CompactOptions);

    /// <exception cref="JsonException">when <paramref name="json"/> is not a queued article.</exception>
    public static QueuedArticle FromJson(string json) =>
        JsonSerializer.Deserialize<QueuedArticle>(json, ReportJson.CompactOptions) ?? throw new JsonException("empty payload");
}

using NewsLens.Text;

namespace NewsLens.Training.Verdict;

/// <summary>
/// One article of the SemEval-2019 Task 4 format as analysis reads it (text and metadata from the Ingest reader) and,
/// when the ground truth was joined, its hyperpartisan label and URL. The URL is used only to group cross-validation
/// folds by outlet, never as a feature.
/// </summary>
public sealed record SemEvalArticle(string Id, string Text, ArticleMetadata Metadata)
{
    public bool? Hyperpartisan { get; init; }
    public string? Url { get; init; }

    public string Title => Metadata.Title ?? "";

    /// <summary>Host of <see cref="Url"/> without a leading <c>www.</c>, or <c>unknown</c>.</summary>
    public string Outlet => OutletName(Url);

    /// <summary>Host of <paramref name="url"/> without a leading <c>www.</c>, lower case; <c>unknown</c> when absent or invalid.</summary>
    public static string OutletName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "unknown";
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}

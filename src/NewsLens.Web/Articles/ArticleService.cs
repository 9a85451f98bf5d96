using System.Security.Cryptography;
using System.Text;
using NewsLens.Ingest;
using NewsLens.Pipeline;

namespace NewsLens.Web.Articles;

/// <summary>Analyses an article and keeps it: the one path every endpoint that analyses goes through. Thread-safe.</summary>
public sealed class ArticleService(AnalysisPipeline pipeline, IArticleRepository repository, TimeProvider clock)
{
    /// <exception cref="InputRejectedException">the article is over the pipeline's limits.</exception>
    public StoredArticle Analyze(ArticleInput input, CancellationToken ct)
    {
        var id = IdOf(input);
        var metadata = input.Metadata with { Id = input.Metadata.Id ?? id };
        var stored = new StoredArticle(id, KeptResult.Of(pipeline.Analyze(input.Text, metadata, ct), pipeline.Segmenter), clock.GetUtcNow());
        return repository.Add(stored);
    }

    // why: the same article sent twice is one article; 16 hex digits of its content's SHA-256 keep ids short and URL-safe
    internal static string IdOf(ArticleInput input)
    {
        var m = input.Metadata;
        var key = string.Join('\u001f', m.Id ?? "", m.Title ?? "", m.Url ?? "", m.SiteName ?? "", input.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}

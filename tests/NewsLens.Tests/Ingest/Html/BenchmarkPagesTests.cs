using System.IO.Compression;
using NewsLens.Ingest.Html;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Ingest.Html;

public sealed class BenchmarkPagesTests
{
    [SharedDataFact]
    public void The_first_benchmark_pages_all_come_out_as_articles_with_metadata()
    {
        var folder = SharedData.PathTo("article-extraction-benchmark", "html");
        var extractor = new HtmlArticleExtractor();
        foreach (var file in Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Take(15))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            var result = extractor.Extract(reader.ReadToEnd());
            Assert.True(result.IsArticle, $"{Path.GetFileName(file)}: {result.NotArticleReason}");
            Assert.False(string.IsNullOrEmpty(result.Article.Metadata.Title), Path.GetFileName(file));
            foreach (var link in result.Article.Metadata.Links)
                Assert.Equal(link.AnchorText, result.Article.Text[link.Span.Start..link.Span.End]);
        }
    }
}

using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class ExtractionSpecTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_spec_page_extracts_the_text_and_metadata_it_states(string name)
    {
        var spec = ExtractionSpec.Load(name);
        var e = spec.Expect;
        var result = Extractor.Extract(spec.Html, e.GetValueOrDefault("url"));
        var meta = result.Article.Metadata;

        if (e.TryGetValue("article", out var article))
            Assert.True(bool.Parse(article) == result.IsArticle, $"{name}: IsArticle={result.IsArticle} ({result.NotArticleReason})");
        if (e.TryGetValue("text", out var text))
            Assert.Equal(text, result.Article.Text);
        if (e.TryGetValue("title", out var title))
            Assert.Equal(title, meta.Title);
        if (e.TryGetValue("authors", out var authors))
            Assert.Equal(authors.Split(';', StringSplitOptions.TrimEntries), meta.Authors);
        if (e.TryGetValue("published", out var published))
            Assert.Equal(published, meta.Published?.ToString("yyyy-MM-dd"));
        if (e.TryGetValue("modified", out var modified))
            Assert.Equal(modified, meta.Modified?.ToString("yyyy-MM-dd"));
        if (e.TryGetValue("site", out var site))
            Assert.Equal(site, meta.SiteName);
        if (e.TryGetValue("language", out var language))
            Assert.Equal(language, meta.Language);
        if (e.TryGetValue("section", out var section))
            Assert.Equal(section, meta.Section);
        if (e.TryGetValue("canonical", out var canonical))
            Assert.Equal(canonical, meta.CanonicalUrl);
        if (e.TryGetValue("links", out var links))
        {
            var expected = links.Split(";;", StringSplitOptions.TrimEntries).Select(p => p.Split('|')).Select(p => (p[0], p[1]));
            Assert.Equal(expected, meta.Links.Select(l => (l.Href, l.AnchorText)));
        }
        foreach (var link in meta.Links)
            Assert.Equal(link.AnchorText, result.Article.Text[link.Span.Start..link.Span.End]);
    }

    public static IEnumerable<object[]> Specs() => ExtractionSpec.All();
}

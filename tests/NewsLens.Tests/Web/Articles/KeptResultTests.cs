using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;
using NewsLens.Web.Articles;

namespace NewsLens.Tests.Web.Articles;

public class KeptResultTests
{
    [Fact]
    public void A_kept_analysis_drops_working_layers_and_keeps_reported_ones_and_the_segmentation()
    {
        var scratch = new LayerKey<Mark>("scratch", reported: false);
        var shown = new LayerKey<Mark>("shown");
        var doc = Document.Create("Alice met Bob. They spoke.\n\nThen Carol came.", new ArticleMetadata { Title = "T" });
        doc.Set(scratch, [new Mark(new TextSpan(0, 5), "x")]);
        doc.Set(shown, [new Mark(new TextSpan(10, 13), "y")]);
        var kept = KeptResult.Of(new AnalysisResult(doc, [], []), new Segmenter()).Document;
        Assert.False(kept.Has(scratch));
        Assert.Equal(doc.Get(shown), kept.Get(shown));
        Assert.Equal(doc.Sentences.Select(s => s.Span), kept.Sentences.Select(s => s.Span));
        Assert.Equal(doc.Paragraphs.Select(p => p.Span), kept.Paragraphs.Select(p => p.Span));
        Assert.Equal("T", kept.Metadata.Title);
    }
}

using NewsLens.Analyzers.Techniques;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Techniques;

public class TechniqueTaggerTests(TechniqueModelFixture fixture) : IClassFixture<TechniqueModelFixture>
{
    private const string Article =
        "Shameful betrayal: the corrupt elites sold out our nation\n\n" +
        "The disgraceful, incompetent mayor has once again lied to every hard-working family in this city.\n" +
        "Can we really trust a so-called expert who is always wrong?\n" +
        "Wake up, people! Stand up for our great country before it is too late! \U0001F1FA\U0001F1F8\n";

    private AnalysisPipeline Pipeline() => new PipelineBuilder().Add(new TechniqueTagger(fixture.Model)).Build();

    [Fact]
    public void The_tagger_writes_spans_inside_the_text_with_known_techniques_and_reasons()
    {
        var result = Pipeline().Analyze(Article);
        var spans = result.Document.Get(TechniqueLayers.Techniques);
        Assert.NotEmpty(spans);
        foreach (var s in spans)
        {
            Assert.InRange(s.Span.End, s.Span.Start + 1, Article.Length);
            Assert.Contains(s.Technique, TechniqueNames.All);
            Assert.InRange(s.Confidence, 0, 1);
            Assert.InRange(s.Confidence, 0, s.SpanScore);
            Assert.False(string.IsNullOrWhiteSpace(s.Reason));
            Assert.False(char.IsWhiteSpace(Article[s.Span.Start]) || char.IsWhiteSpace(Article[s.Span.End - 1]));
        }
        Assert.Equal(spans.OrderBy(s => s.Span).ToList(), spans);
    }

    [Fact]
    public void The_tally_counts_every_technique_and_sums_to_the_spans()
    {
        var doc = Pipeline().Analyze(Article).Document;
        var spans = doc.Get(TechniqueLayers.Techniques);
        var tally = doc.GetSingle(TechniqueLayers.Tally);
        Assert.NotNull(tally);
        Assert.Equal(TechniqueNames.All, tally.Counts.Select(c => c.Technique));
        Assert.Equal(spans.Count, tally.Total);
        foreach (var name in TechniqueNames.All) Assert.Equal(spans.Count(s => s.Technique == name), tally[name]);
    }

    [Fact]
    public void Each_span_is_highlighted_with_its_technique_as_the_label()
    {
        var spans = Pipeline().Analyze(Article).Document.Get(TechniqueLayers.Techniques);
        foreach (var s in spans)
        {
            var h = Assert.Single(((IHighlightable)s).GetHighlights());
            Assert.Equal(s.Span, h.Span);
            Assert.Equal(s.Technique, h.Label);
            Assert.Contains(s.Reason, h.Detail);
        }
    }

    [Fact]
    public void The_report_json_is_byte_identical_across_runs_and_keeps_the_ptc_label_spelling()
    {
        var a = ReportJson.Serialize(ReportJson.Build(Pipeline().Analyze(Article)));
        var b = ReportJson.Serialize(ReportJson.Build(Pipeline().Analyze(Article)));
        Assert.Equal(a, b);
        Assert.Contains("\"techniqueTally\"", a);
        Assert.Contains("Name_Calling,Labeling", a);
    }

    [Fact]
    public void A_saved_model_loads_back_byte_for_byte()
    {
        using var first = new MemoryStream();
        fixture.Model.Save(first);
        first.Position = 0;
        var again = TechniqueModel.Load(first);
        using var second = new MemoryStream();
        again.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(fixture.Model.Sha256, again.Sha256);
    }

    [Fact]
    public void Identical_template_spans_receive_distinct_techniques()
    {
        var doc = Document.Create(Article);
        int at = Article.IndexOf("disgraceful, incompetent mayor", StringComparison.Ordinal);
        var span = new TextSpan(at, at + "disgraceful, incompetent mayor".Length);
        var labels = fixture.Model.Classify(doc, [span, span]);
        Assert.NotEqual(labels[0].Technique, labels[1].Technique);
    }

    [Fact]
    public void Empty_and_punctuation_only_texts_give_no_spans()
    {
        Assert.Empty(fixture.Model.Tag(Document.Create("")));
        Assert.Empty(fixture.Model.Tag(Document.Create("... !!! ???")));
    }
}

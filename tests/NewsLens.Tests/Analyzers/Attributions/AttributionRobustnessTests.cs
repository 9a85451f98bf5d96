using NewsLens.Analyzers.Attributions;
using NewsLens.Models;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Attributions;

public class AttributionRobustnessTests
{
    private static readonly Lazy<AttributionExtractor> Extractor = new(() =>
        new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models")))));

    [Fact]
    public void Random_texts_full_of_stray_quote_marks_never_throw_and_keep_spans_inside_the_text()
    {
        string[] pieces = ["\"", "“", "”", "‘", "’", "'", " said", " he", " Smith", " according to", " the report", ",", ".", ":",
                           "\n\n", " 😀", " we will", " not", " Officials", " told", " reporters", " —", " (AP)"];
        var rng = new Random(42);
        for (int n = 0; n < 400; n++)
        {
            var parts = Enumerable.Range(0, rng.Next(0, 60)).Select(_ => pieces[rng.Next(pieces.Length)]);
            string text = string.Concat(parts);
            var doc = Document.Create(text);
            var found = Extractor.Value.Extract(doc);
            foreach (var a in found)
            {
                Assert.InRange(a.Content.End, a.Content.Start, text.Length);
                Assert.All(a.ContentParts, p => Assert.True(a.Content.Contains(p)));
                Assert.False(a.Cue.IsEmpty);
                if (a.Source is { } s) Assert.InRange(s.End, s.Start, text.Length);
                Assert.All(a.GetHighlights(), h => Assert.False(h.Span.Overlaps(new TextSpan(text.Length, text.Length))));
            }
        }
    }

    [Fact]
    public void The_analyzer_writes_attributions_and_quotations_layers()
    {
        var doc = Document.Create("\"The bridge is safe,\" said Ann Cole.");
        Extractor.Value.Analyze(doc, CancellationToken.None);
        Assert.Single(doc.Get(AttributionLayers.Attributions));
        Assert.Single(doc.Get(AttributionLayers.Quotations));
    }

    [Fact]
    public void A_cancelled_token_stops_the_extraction()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Extractor.Value.Extract(Document.Create("Ann Cole said it was over."), cts.Token));
    }

    [Fact]
    public void A_corrupt_model_file_is_rejected_with_a_clear_error()
    {
        using var ms = new MemoryStream([1, 2, 3, 4, 5]);
        Assert.Throws<InvalidDataException>(() => AttributionModel.Load(ms));
    }
}

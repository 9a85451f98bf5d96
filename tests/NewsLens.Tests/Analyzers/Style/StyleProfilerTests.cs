using NewsLens.Lexical;
using NewsLens.Analyzers.Style;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Style;

public sealed class StyleProfilerTests
{
    [Fact]
    public void The_embedded_lexicon_knows_words_of_every_list()
    {
        var lex = NewsLens.Lexical.Lexicon.Embedded;
        Assert.True(lex.Count > 9_000);
        Assert.NotEqual(LexiconCategory.None, lex.Lookup("idiots").Categories & LexiconCategory.Insult);
        Assert.NotEqual(LexiconCategory.None, lex.Lookup("apparently").Categories & LexiconCategory.Hedge);
        Assert.True(lex.Lookup("horrible").Valence < -1);
        Assert.NotEqual(LexiconCategory.None, lex.Lookup("loyalty").Categories & (LexiconCategory.LoyaltyVirtue | LexiconCategory.LoyaltyVice));
    }

    [Fact]
    public void Every_core_feature_is_present_in_catalog_order_and_finite()
    {
        var doc = Document.Create("A calm report. Officials said the budget rose by 3 percent in 2024.");
        var profile = StyleFeatureExtractor.Default.Extract(doc);
        Assert.Equal(StyleFeatureCatalog.Core.Select(f => f.Name), profile.Features.Select(f => f.Name));
        Assert.All(profile.Features, f => Assert.True(double.IsFinite(f.Value), f.Name));
    }

    [Fact]
    public void Example_spans_point_at_the_counted_words()
    {
        const string text = "What a pathetic clown. Only a fool would believe him!";
        var doc = Document.Create(text);
        var insult = StyleFeatureExtractor.Default.Extract(doc).Features.Single(f => f.Name == "insultRate");
        Assert.Equal(["pathetic", "clown", "fool"], insult.Examples.Select(s => doc[s]));
    }

    [Fact]
    public void An_empty_text_gives_zero_rates_without_failing()
    {
        var profile = StyleFeatureExtractor.Default.Extract(Document.Create(""));
        Assert.Equal(0, profile.WordCount);
        Assert.All(profile.Features, f => Assert.True(double.IsFinite(f.Value)));
    }

    [Fact]
    public void Optional_signals_add_named_features_only_when_a_source_provides_them()
    {
        var doc = Document.Create("The mayor said the road will open. Critics disagree. It is a scandal!");
        var plain = new StyleProfiler();
        plain.Analyze(doc, CancellationToken.None);
        Assert.Null(doc.GetSingle(StyleLayers.Profile)!.Value("claimDensity"));

        var withSignals = new StyleProfiler(new StyleProfilerOptions { SignalSources = [new FixedSignals()] });
        withSignals.Analyze(doc, CancellationToken.None);
        var profile = doc.GetSingle(StyleLayers.Profile)!;
        Assert.Equal(1.0 / 3, profile.Value("claimDensity")!.Value, 5);
        Assert.Equal(0.5, profile.Value("namedSourceShare"));
        Assert.True(profile.Value("technique.Loaded_Language") > 0);
    }

    [Fact]
    public void The_profiler_runs_in_a_pipeline_and_writes_one_profile()
    {
        var pipeline = new PipelineBuilder().Add(new StyleProfiler()).Build();
        var result = pipeline.Analyze("Nothing to see here.");
        Assert.Single(result.Document.Get(StyleLayers.Profile));
    }

    private sealed class FixedSignals : IStyleSignalSource
    {
        public IReadOnlyList<LayerKey> Reads { get; } = [];

        public StyleSignals Read(Document document) =>
            new(Attributions: 2, NamedSourceAttributions: 1, Claims: 1, Techniques: new Dictionary<string, int> { ["Loaded_Language"] = 1 });
    }
}

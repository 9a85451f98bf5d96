using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Techniques;
using NewsLens.Analyzers.Verdict;
using NewsLens.Text;
using NewsLens.Training.Verdict;
using NewsLens.Vectors;

namespace NewsLens.Tests.Analyzers.Verdict;

/// <summary>
/// Every kind of reason the accurate verdict gives, each one a thing a reader can find in the text: loaded phrases,
/// other technique spans, unattributed claims, one-sided sourcing, and the sentences that moved the score. The head is
/// built by hand (known weights) and the layers it reads are set by hand, so each reason's weight is known.
/// </summary>
public sealed class VerdictReasonSpecTests
{
    private const string Text =
        "Corrupt elites are destroying our country. Thousands of workers lost their jobs last year. " +
        "Senator Jane Doe said the plan was a disaster. Jane Doe also said the vote was rigged. The weather was mild on Tuesday.";

    private static readonly EncoderIdentity Encoder = new("test-encoder", "feedface");

    private static readonly Lazy<VerdictModel> Fast = new(() => new VerdictTrainer(WrittenCorpus.FastOptions).Run(WrittenCorpus.Articles()).Model);

    private static TextSpan Find(string s) => new(Text.IndexOf(s, StringComparison.Ordinal), Text.IndexOf(s, StringComparison.Ordinal) + s.Length);

    /// <summary>A head with weight 1 on each named signal (z = raw value: mean 0, deviation 1) and a vector weight on dimension 0.</summary>
    private static EncoderVerdictModel Head(Dictionary<string, float> weights, float vectorWeight = 20, string? stacksOn = null, string? encoderKey = null)
    {
        var names = VerdictSignals.Names.ToArray();
        var facts = new Dictionary<string, string>();
        if (stacksOn is not null) facts[EncoderVerdictModel.StacksOnFact] = stacksOn;
        return new EncoderVerdictModel(names, new float[names.Length], [.. names.Select(_ => 1f)], [.. names.Select(n => weights.GetValueOrDefault(n))],
            [vectorWeight, 0, 0, 0], 0, textWeight: 0.05, bias: -1, plattA: 1, plattB: 0, positiveRate: 0.4, encoderKey ?? Encoder.Key, facts);
    }

    /// <summary>The text with every layer the head reads: one loaded phrase, one other technique, one unattributed claim, two quotes of one source.</summary>
    private static Document Analysed()
    {
        var doc = Document.Create(Text);
        doc.Set(TechniqueLayers.Techniques, [
            new TechniqueSpan(Find("Corrupt elites"), "Loaded_Language", 0.9, 0.9, "test"),
            new TechniqueSpan(Find("the vote was rigged"), "Doubt", 0.6, 0.6, "test"),
        ]);
        doc.Set(ClaimLayers.Claims, [
            new Claim(doc.Sentences[1].Span, 1, 0.9, 1, ClaimClass.CheckWorthy, [], [], null),
            new Claim(doc.Sentences[2].Span, 2, 0.7, 2, ClaimClass.CheckWorthy, [], [], new ClaimAttribution(Find("Senator Jane Doe"), Find("said"), "Jane Doe")),
        ]);
        var speaker = new Speaker("Jane Doe", null, SpeakerResolution.Named);
        var second = Text.IndexOf("Jane Doe also", StringComparison.Ordinal);
        doc.Set(AttributionLayers.Attributions, [
            new Attribution(Find("Senator Jane Doe"), Find("said"), Find("the plan was a disaster"), [Find("the plan was a disaster")], AttributionKind.Indirect, speaker, false, 0.9),
            new Attribution(new TextSpan(second, second + 8), new TextSpan(Text.IndexOf("said the vote", StringComparison.Ordinal), Text.IndexOf("said the vote", StringComparison.Ordinal) + 4),
                Find("the vote was rigged"), [Find("the vote was rigged")], AttributionKind.Indirect, speaker, false, 0.9),
        ]);
        // Sentence 1 (the unattributed claim) alone points along dimension 0.
        var rows = new float[doc.Sentences.Count * 4];
        rows[1 * 4] = 1;
        for (int i = 0; i < doc.Sentences.Count; i++) if (i != 1) rows[i * 4 + 1] = 1;
        doc.SetSingle(VectorLayers.Sentences, new VectorTable(rows, 4, Encoder));
        new StyleProfiler().Analyze(doc, CancellationToken.None);
        return doc;
    }

    private static ArticleVerdict Verdict(EncoderVerdictModel head)
    {
        var doc = Analysed();
        new HyperpartisanScorer(Fast.Value, null, head).Analyze(doc, CancellationToken.None);
        return doc.GetSingle(VerdictLayers.Verdict)!;
    }

    private static string Said(TextSpan s) => Text[s.Start..s.End];

    [Fact]
    public void Loaded_phrases_are_a_techniques_reason_that_shows_the_phrase_with_its_weight()
    {
        var v = Verdict(Head(new() { ["loadedPhraseRate"] = 1 }));
        var r = Assert.Single(v.Reasons, r => r.Feature == "loadedPhraseRate");
        Assert.Equal("techniques", r.Kind);
        Assert.Equal("Corrupt elites", Said(Assert.Single(r.Examples)));
        Assert.Equal(r.Value, r.Contribution, 3); // weight 1 per z, z = value
        Assert.True(r.Contribution > 0);
    }

    [Fact]
    public void Other_technique_spans_are_a_techniques_reason_of_their_own()
    {
        var v = Verdict(Head(new() { ["otherTechniqueRate"] = 1 }));
        var r = Assert.Single(v.Reasons, r => r.Feature == "otherTechniqueRate");
        Assert.Equal("techniques", r.Kind);
        Assert.Equal("the vote was rigged", Said(Assert.Single(r.Examples)));
    }

    [Fact]
    public void Unattributed_claims_are_a_claims_reason_that_points_at_the_claim_nobody_is_quoted_for()
    {
        var v = Verdict(Head(new() { ["unattributedClaimRate"] = 2 }));
        var r = Assert.Single(v.Reasons, r => r.Feature == "unattributedClaimRate");
        Assert.Equal("claims", r.Kind);
        Assert.StartsWith("Thousands of workers", Said(Assert.Single(r.Examples)));
        Assert.Equal(0.2, r.Value, 3); // 1 of 5 sentences
        Assert.Equal(0.4, r.Contribution, 3);
    }

    [Fact]
    public void One_sided_sourcing_is_a_sourcing_reason_that_shows_the_one_source_quoted()
    {
        var v = Verdict(Head(new() { ["topSourceShare"] = 1 }));
        var r = Assert.Single(v.Reasons, r => r.Feature == "topSourceShare");
        Assert.Equal("sourcing", r.Kind);
        Assert.Equal(1.0, r.Value, 3);
        Assert.All(r.Examples, e => Assert.Contains("Jane Doe", Said(e)));
        Assert.Equal(2, r.Examples.Count);
    }

    [Fact]
    public void The_sentence_that_moved_the_score_most_is_listed_first_with_its_own_words()
    {
        var v = Verdict(Head([]));
        var top = v.TopSentences[0];
        Assert.Equal(1, top.Index);
        Assert.True(top.Contribution > 3, $"contribution {top.Contribution}"); // 20 × 1 / 5 sentences, plus a little from its terms
        Assert.All(top.TopTerms, t => Assert.Contains(t.Split(' ')[0], Said(top.Span), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_stacked_margin_is_the_sum_of_its_parts()
    {
        var head = Head(new() { ["loadedPhraseRate"] = 1, ["unattributedClaimRate"] = 2 });
        var doc = Analysed();
        var profile = doc.GetSingle(StyleLayers.Profile)!;
        var score = head.Score(doc, profile);
        double term = new VerdictComputer(Fast.Value).TermMargin(doc);
        var v = Verdict(head);
        Assert.Equal(Math.Round(0.05 * term + score.Rest, 4), v.Margin, 3);
        Assert.Equal(score.VectorPart, score.SentenceShares.Sum(), 6);
        Assert.Equal(4.0, score.VectorPart, 6); // only sentence 1 has weight: 20 × 1 / 5
    }

    [Fact]
    public void No_reason_is_a_function_word_ngram_a_number_a_name_or_the_article_length()
    {
        var v = Verdict(Head(new() { ["loadedPhraseRate"] = 0.01f }));
        var doc = Analysed();
        foreach (var r in v.Reasons)
        {
            Assert.False(ReadableReasons.LengthFeatures.Contains(r.Feature), r.Feature);
            if (r.Kind != "term") continue;
            Assert.True(ReadableReasons.IsReadablePhrase(r.Feature), r.Feature);
            Assert.False(ReadableReasons.IsName(doc, r.Examples), r.Feature);
        }
        Assert.DoesNotContain(v.Reasons, r => r.Feature == "logWordCount");
        foreach (var s in v.TopSentences)
            Assert.All(s.TopTerms, t => Assert.True(ReadableReasons.IsReadablePhrase(t), t));
    }

    [Fact]
    public void The_head_refuses_vectors_from_another_encoder_and_names_the_retrain_command()
    {
        var head = Head([], encoderKey: "another-encoder");
        var doc = Analysed();
        var ex = Assert.Throws<InvalidOperationException>(() => head.Score(doc, doc.GetSingle(StyleLayers.Profile)!));
        Assert.Contains(EncoderVerdictModel.Spec.TrainCommand, ex.Message);
    }

    [Fact]
    public void The_head_refuses_a_fast_model_other_than_the_one_it_was_trained_on()
    {
        var ms = new MemoryStream();
        Fast.Value.Save(ms);
        var loaded = VerdictModel.Load(new MemoryStream(ms.ToArray()));
        var ex = Assert.Throws<InvalidDataException>(() => new HyperpartisanScorer(loaded, null, Head([], stacksOn: new string('0', 64))));
        Assert.Contains(EncoderVerdictModel.Spec.TrainCommand, ex.Message);
    }

    [Fact]
    public void A_saved_head_loads_back_byte_identical()
    {
        var head = Head(new() { ["loadedPhraseRate"] = 1 }, stacksOn: new string('a', 64));
        var ms = new MemoryStream();
        head.Save(ms);
        var loaded = EncoderVerdictModel.Load(new MemoryStream(ms.ToArray()));
        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(ms.ToArray(), again.ToArray());
        Assert.Equal(head.EncoderKey, loaded.EncoderKey);
        Assert.Equal(head.StacksOn, loaded.StacksOn);
    }

    [Theory]
    [InlineData("to have", false)]
    [InlineData("is no", false)]
    [InlineData("<num> percent", true)]
    [InlineData("<c12>", false)]
    [InlineData("disgraceful", true)]
    [InlineData("the radical", true)]
    [InlineData("2016", false)]
    public void A_phrase_is_readable_only_with_a_content_word_and_no_digits(string term, bool readable)
    {
        // "<num>" counts as a function token: "<num> percent" has the content word "percent"
        Assert.Equal(readable, ReadableReasons.IsReadablePhrase(term));
    }

    [Fact]
    public void A_word_capitalised_inside_sentences_wherever_it_occurs_is_a_name()
    {
        var doc = Document.Create("Voters in Ohio were angry. Ohio is large. The angry voters left.");
        Assert.True(ReadableReasons.IsName(doc, [new TextSpan(10, 14), new TextSpan(27, 31)]));
        Assert.False(ReadableReasons.IsName(doc, [new TextSpan(20, 25)])); // "angry"
    }
}

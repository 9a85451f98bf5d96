using NewsLens.Analyzers;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Verdict;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Lean;

/// <summary>The committed models/lean.bin, on texts written for these tests.</summary>
public sealed class ShippedLeanModelTests
{
    private static readonly Lazy<LeanModel> Model = new(() =>
    {
        using var s = File.OpenRead(Path.Combine(SharedData.RepoRoot, "models", LeanModel.Spec.FileName));
        return LeanModel.Load(s);
    });

    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() =>
        new PipelineBuilder().UseLean(new ModelDirectory(Path.Combine(SharedData.RepoRoot, "models"))).Build());

    internal const string Editorial =
        "Lawmakers again refused to raise the minimum wage, while corporations enjoyed another round of tax cuts for the wealthy. " +
        "Workers and immigrant families deserve better than a rigged economy. The climate crisis will not wait for polluters to act.\n\n" +
        "Conservatives in the state senate blocked the voting rights bill. Gun violence keeps rising while the lobby spends millions.";

    internal const string Column =
        "Big government keeps growing while taxpayers foot the bill. The radical agenda of the left would raise taxes on families " +
        "and open the border to illegal immigration.\n\nLiberal elites want to defund the police, and the mainstream media cheers them on. " +
        "Americans deserve lower taxes, secure borders and respect for the Second Amendment.";

    [Fact]
    public void The_shipped_model_loads_and_gives_three_probabilities_that_sum_to_one()
    {
        foreach (var text in new[] { Editorial, Column, "Short." })
        {
            var lean = Pipeline.Value.Analyze(text).Document.GetSingle(LeanLayers.Lean)!;
            double[] p = [lean.PLeft, lean.PCenter, lean.PRight];
            Assert.All(p, x => Assert.InRange(x, 0, 1));
            Assert.InRange(p.Sum(), 1 - 2e-4, 1 + 2e-4);
            Assert.Equal(ArticleLean.Labels[Array.IndexOf(p, p.Max())], lean.Label);
        }
        Assert.InRange(Model.Value.Temperature, 0.05, 50);
    }

    [Fact]
    public void Every_reason_is_a_checkable_phrase_of_the_text_and_never_stop_words_numbers_or_length()
    {
        foreach (var text in new[] { Editorial, Column })
        {
            var doc = Pipeline.Value.Analyze(text).Document;
            var lean = doc.GetSingle(LeanLayers.Lean)!;
            Assert.NotEmpty(lean.Reasons);
            foreach (var r in lean.Reasons)
            {
                Assert.True(LeanReasonFilter.IsShowableTerm(r.Term), r.Term);
                Assert.DoesNotContain('<', r.Term);
                Assert.DoesNotContain(r.Term.Split(' '), w => w.Any(char.IsDigit));
                Assert.True(r.Weight >= 0, $"{r.Term} {r.Weight}");
                Assert.Equal(doc[r.Span], r.Words);
                Assert.Contains(r.Span, r.Spans);
                Assert.All(r.Spans, s => Assert.True(s.Start >= 0 && s.End <= doc.Text.Length && s.Start < s.End));
                // the words, lower-cased, spell the term (punctuation between the two words of a bigram aside)
                Assert.StartsWith(r.Term.Split(' ')[0], r.Words.ToLowerInvariant().Replace('\u2019', '\''));
                Assert.False(LeanReasonFilter.IsProperNounOnly(doc, r.Spans), r.Term);
            }
            Assert.Equal(lean.Reasons.OrderByDescending(r => r.Weight).Select(r => r.Term), lean.Reasons.Select(r => r.Term));
        }
    }

    [Fact]
    public void The_outlet_mask_hides_training_outlet_names_written_as_words()
    {
        var mask = Model.Value.Outlets;
        Assert.True(mask.Contains("foxnews"));
        Assert.True(mask.Contains("cnn"));
        var doc = Document.Create("Fox News and CNN reported the vote, as did the Washington Times.");
        var terms = new List<string>();
        VerdictTerms.Visit(doc, mask, (t, _, _) => terms.Add(t.ToString()));
        Assert.Contains("reported", terms);
        Assert.DoesNotContain(terms, t => t.Split(' ').Any(w => w is "fox" or "cnn" or "washington" or "times"));
    }

    [Fact]
    public void The_model_scores_no_outlet_name_term()
    {
        foreach (var name in new[] { "foxnews", "cnn", "politico", "townhall", "npr", "vox" })
            Assert.True(Model.Value.Lookup(name).Term < 0, name);
    }
}

using NewsLens.Analyzers.Verdict;
using NewsLens.Text;

namespace NewsLens.Tests.Analyzers.Verdict;

public sealed class VerdictTermsTests
{
    private static List<(string Term, int Sentence, string Text)> Terms(Document doc, OutletMask mask)
    {
        var list = new List<(string, int, string)>();
        VerdictTerms.Visit(doc, mask, (t, s, span) => list.Add((t.ToString(), s, span.IsEmpty ? "" : doc[span])));
        return list;
    }

    [Fact]
    public void Unigrams_and_bigrams_are_lower_cased_and_numbers_are_folded()
    {
        var terms = Terms(Document.Create("Taxes rose 5 percent!"), OutletMask.Empty).Select(t => t.Term).ToList();
        Assert.Equal(["taxes", "taxes rose", "rose", "rose <num>", "<num>", "<num> percent", "percent", "percent !", "!"], terms);
    }

    [Fact]
    public void An_outlet_name_written_as_words_is_masked_and_breaks_bigrams()
    {
        var mask = new OutletMask([OutletMask.KeyOfHost("insider.foxnews.com")]);
        var terms = Terms(Document.Create("Viewers told Fox News that prices rose."), mask).Select(t => t.Term).ToList();
        Assert.DoesNotContain(terms, t => t.Contains("fox") || t.Contains("news"));
        Assert.DoesNotContain("told that", terms);
        Assert.Contains("that prices", terms);
    }

    [Fact]
    public void A_one_word_outlet_name_is_masked_only_when_capitalised()
    {
        var mask = new OutletMask([OutletMask.KeyOfHost("heavy.com")]);
        var terms = Terms(Document.Create("Heavy reported heavy rain."), mask).Select(t => t.Term).ToList();
        Assert.Equal("reported", terms[0]);
        Assert.Contains("heavy rain", terms);
    }

    [Fact]
    public void Urls_are_dropped_and_spans_point_at_the_words()
    {
        var doc = Document.Create("Read https://example.org/x now.");
        var terms = Terms(doc, OutletMask.Empty);
        Assert.Equal(["read", "now"], terms.Select(t => t.Term));
        Assert.All(terms, t => Assert.Equal(t.Term, t.Text.ToLowerInvariant()));
    }

    [Fact]
    public void The_metadata_title_is_read_as_sentence_minus_one_unless_the_text_starts_with_it()
    {
        var doc = Document.Create("Body words.", new ArticleMetadata { Title = "Shocking title" });
        Assert.Contains(Terms(doc, OutletMask.Empty), t => t.Term == "shocking" && t.Sentence == -1);
        var same = Document.Create("Shocking title\n\nBody words.", new ArticleMetadata { Title = "Shocking title" });
        Assert.DoesNotContain(Terms(same, OutletMask.Empty), t => t.Sentence == -1);
    }

    [Fact]
    public void A_site_name_from_metadata_extends_the_mask()
    {
        var mask = OutletMask.Empty.With(["The Daily Example", "https://www.dailyexample.com/a/b"]);
        Assert.True(mask.Contains("thedailyexample"));
        Assert.True(mask.Contains("dailyexample"));
    }
}

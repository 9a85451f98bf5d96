using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class DocumentTests
{
    private static readonly LayerKey<Mark> Marks = new("marks");

    [Fact]
    public void Set_rejects_a_span_that_ends_past_the_text_with_a_message_naming_the_layer_the_item_and_the_span()
    {
        var doc = Document.Create("Short text.");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            doc.Set(Marks, [new Mark(new TextSpan(0, 5), "ok"), new Mark(new TextSpan(6, 40), "bad")]));
        Assert.Contains("layer 'marks', item 1: span [6, 40) ends past the text (length 11)", ex.Message);
        Assert.False(doc.Has(Marks));
    }

    [Fact]
    public void Set_accepts_spans_that_end_exactly_at_the_end_of_the_text_and_empty_spans()
    {
        var doc = Document.Create("Short text.");
        doc.Set(Marks, [new Mark(new TextSpan(6, 11), "last"), new Mark(new TextSpan(11, 11), "empty")]);
        Assert.Equal(2, doc.Get(Marks).Count);
    }

    [Fact]
    public void A_span_whose_start_is_after_its_end_cannot_be_made_so_set_never_sees_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 4));
    }

    [Fact]
    public void Set_checks_spans_without_building_highlights()
    {
        var doc = Document.Create("Short text.");
        var counting = new LayerKey<CountingMark>("counting");
        var item = new CountingMark(new TextSpan(0, 5));
        doc.Set(counting, [item]);
        Assert.Equal(0, item.HighlightCalls);
    }

    private sealed class CountingMark(TextSpan span) : IHighlightable
    {
        public int HighlightCalls { get; private set; }
        public IEnumerable<TextSpan> GetSpans() => [span];

        public IEnumerable<Highlight> GetHighlights()
        {
            HighlightCalls++;
            return [new Highlight(span, "x")];
        }
    }
}

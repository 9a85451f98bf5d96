using System.Collections;
using NewsLens.Text;

namespace NewsLens.Reports.View;

/// <summary>Builds the <see cref="ArticleView"/> of a document. Stateless.</summary>
internal static class ArticleViewBuilder
{
    public const string LinksLayer = "links";

    public static ArticleView Build(Document doc)
    {
        var layers = new List<LayerView>();
        foreach (var key in doc.ReportedLayerKeys)
        {
            if (doc.GetUntyped(key) is not IEnumerable annotations) continue;
            var items = new List<ViewItem>();
            foreach (var annotation in annotations)
                if (annotation is IHighlightable h) AddItems(items, h, Valid(doc, h.GetHighlights()));
            if (items.Count > 0) layers.Add(Layer(key.Name, items));
        }
        var links = doc.Metadata.Links
            .Where(l => !l.Span.IsEmpty && l.Span.End <= doc.Text.Length)
            .Select((l, i) => new ViewItem(i, "link", "link", null, [new Highlight(l.Span, "link", "→ " + l.Href)], l))
            .ToList();
        if (links.Count > 0) layers.Add(Layer(LinksLayer, links));
        return new ArticleView(doc, layers);
    }

    private static List<Highlight> Valid(Document doc, IEnumerable<Highlight> highlights) =>
        [.. highlights.Where(h => !h.Span.IsEmpty && h.Span.End <= doc.Text.Length)];

    // why: highlights of one annotation that share a group are one thing to the reader (a quote's source, cue and
    // content); highlights without a group are each their own item
    private static void AddItems(List<ViewItem> items, IHighlightable annotation, List<Highlight> highlights)
    {
        if (highlights.Count == 0) return;
        double? confidence = annotation is IScored s ? s.Confidence : null;
        int n = 0;
        foreach (var group in highlights.GroupBy(h => h.Group ?? "\0" + n++))
        {
            var list = group.ToList();
            var caption = annotation is ICaptioned c ? c.Caption : list[0].Label;
            items.Add(new ViewItem(items.Count, caption, list[0].Label, confidence, list, annotation));
        }
    }

    private static LayerView Layer(string name, List<ViewItem> items) =>
        new(name, items, [.. items.SelectMany(i => i.Highlights).Select(h => h.Label).Distinct()]);
}

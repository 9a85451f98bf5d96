using NewsLens.Text;

namespace NewsLens.Reports.View;

/// <summary>
/// Every highlighted layer of a document as the reports show it. Built once per report from whatever layers exist,
/// so a new layer appears without touching report code; every count a report prints is a count of these items, so
/// the summary, the layer picker and the lists agree.
/// </summary>
internal sealed record ArticleView(Document Document, IReadOnlyList<LayerView> Layers)
{
    public LayerView? Find(string layer) => Layers.FirstOrDefault(l => l.Name == layer);

    /// <summary>Items of <paramref name="layer"/>, empty when the layer is absent.</summary>
    public IReadOnlyList<ViewItem> ItemsOf(string layer) => Find(layer)?.Items ?? [];

    /// <summary>A pointer to the item of the first of <paramref name="layers"/> that covers <paramref name="span"/>.</summary>
    public ItemRef? Locate(TextSpan span, params string[] layers)
    {
        foreach (var name in layers)
            if (Find(name)?.ItemAt(span) is { } item) return new ItemRef(name, item.Index);
        return null;
    }
}

/// <summary>Where a summary line points in the article view: an item of a layer.</summary>
internal sealed record ItemRef(string Layer, int Index);

namespace NewsLens.Reports.View;

/// <summary>
/// The items of one highlighted layer, in the layer's order, and the distinct highlight labels in order of first
/// appearance (a label's colour is its place in <see cref="Labels"/>).
/// </summary>
internal sealed record LayerView(string Name, IReadOnlyList<ViewItem> Items, IReadOnlyList<string> Labels)
{
    /// <summary>Colour slot of a highlight label (0-7; the page has eight colour-and-line styles).</summary>
    public int ColourOf(string label)
    {
        int i = -1;
        for (int k = 0; k < Labels.Count; k++) if (Labels[k] == label) { i = k; break; }
        return i < 0 ? 0 : i % ViewPalette.Slots;
    }

    /// <summary>The first item with a highlight overlapping <paramref name="span"/>, else null.</summary>
    public ViewItem? ItemAt(NewsLens.Text.TextSpan span) =>
        Items.FirstOrDefault(i => i.Highlights.Any(h => h.Span.Overlaps(span) || h.Span == span));
}

/// <summary>The page's colour-and-line styles (classes <c>c0</c>..<c>c7</c>, Okabe-Ito colours).</summary>
internal static class ViewPalette
{
    public const int Slots = 8;
}

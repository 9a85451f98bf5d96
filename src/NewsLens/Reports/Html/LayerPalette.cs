namespace NewsLens.Reports.Html;

/// <summary>Colours for layers in the HTML report: fixed for known layers, stable by name for others.</summary>
internal static class LayerPalette
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["links"] = "#cfe3ff",
        ["attributions"] = "#ffe7a8",
        ["sources"] = "#d9f2d0",
        ["claims"] = "#e4d7ff",
        ["quantities"] = "#c8f0ee",
        ["techniques"] = "#ffd0d0",
        ["verdict"] = "#f2dcc2",
    };

    private static readonly string[] Spare = ["#f9d7ef", "#e0e7b8", "#d6e4f0", "#f3e1c7", "#dcd3f5", "#c9ecd9"];

    public static string ColourOf(string layer)
    {
        if (Known.TryGetValue(layer, out var c)) return c;
        uint h = 2166136261;
        foreach (char ch in layer) { h ^= ch; h *= 16777619; }
        return Spare[h % (uint)Spare.Length];
    }
}

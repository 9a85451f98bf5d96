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
        ["verdict"] = "#e8a060",
        ["quotations"] = "#fff2c4",
    };

    private static readonly string[] Spare = ["#f9d7ef", "#e0e7b8", "#d6e4f0", "#f3e1c7", "#dcd3f5", "#c9ecd9"];

    private static readonly string[] Order = ["verdict", "claims", "attributions", "quotations", "sources", "quantities", "links", "techniques"];

    /// <summary>CSS rule order: later layers win where painted highlights overlap.</summary>
    public static int PaintOrder(string layer)
    {
        int i = Array.IndexOf(Order, layer);
        return i < 0 ? Order.Length : i;
    }

    public static LayerStyle StyleOf(string layer) => layer switch
    {
        "claims" or "factChecks" => LayerStyle.Underline,
        "verdict" => LayerStyle.Wavy,
        _ => LayerStyle.Paint,
    };

    /// <summary>A darker shade of a pastel colour, for lines that must stand out on white.</summary>
    public static string Strong(string hex)
    {
        int r = Convert.ToInt32(hex.Substring(1, 2), 16), g = Convert.ToInt32(hex.Substring(3, 2), 16), b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return $"#{r * 55 / 100:x2}{g * 55 / 100:x2}{b * 55 / 100:x2}";
    }

    public static string ColourOf(string layer)
    {
        if (Known.TryGetValue(layer, out var c)) return c;
        uint h = 2166136261;
        foreach (char ch in layer) { h ^= ch; h *= 16777619; }
        return Spare[h % (uint)Spare.Length];
    }
}

/// <summary>How a layer's highlights are drawn.</summary>
internal enum LayerStyle
{
    Paint,
    Underline,
    Wavy,
}

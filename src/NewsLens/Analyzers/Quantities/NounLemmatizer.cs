using System.Collections.Frozen;

namespace NewsLens.Analyzers.Quantities;

/// <summary>Reduces an English plural noun to its singular with suffix rules and a short irregular list. Thread-safe.</summary>
public static class NounLemmatizer
{
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["people"] = "people", ["persons"] = "people",
        ["person"] = "people", ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose",
        ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["wolves"] = "wolf", ["leaves"] = "leaf",
        ["halves"] = "half", ["thieves"] = "thief", ["police"] = "police", ["news"] = "news", ["series"] = "series",
        ["species"] = "species", ["crises"] = "crisis", ["analyses"] = "analysis", ["bases"] = "base", ["data"] = "data",
        ["media"] = "media", ["criteria"] = "criterion", ["phenomena"] = "phenomenon", ["sheep"] = "sheep", ["fish"] = "fish",
        ["deer"] = "deer", ["aircraft"] = "aircraft", ["troops"] = "troop", ["staff"] = "staff", ["votes"] = "vote",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The singular of <paramref name="word"/>, lower-cased; words that are not plural come back lower-cased.</summary>
    public static string Lemma(ReadOnlySpan<char> word)
    {
        string w = word.ToString().ToLowerInvariant();
        if (Irregular.TryGetValue(w, out var irr)) return irr;
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("zzes", StringComparison.Ordinal))
            return w[..^2];
        if (w.EndsWith("oes", StringComparison.Ordinal) && w.Length > 5) return w[..^2];
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal)
            || w.EndsWith("is", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal))
            return w;
        if (w.EndsWith('s')) return w[..^1];
        return w;
    }
}

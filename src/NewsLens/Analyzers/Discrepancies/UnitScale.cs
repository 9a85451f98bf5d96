using System.Collections.Frozen;
using NewsLens.Analyzers.Quantities;

namespace NewsLens.Analyzers.Discrepancies;

/// <summary>
/// Puts a quantity's unit on a common scale so that "80 kilometres" and "50 miles" compare: each unit maps to a
/// dimension and a factor to that dimension's base unit. Units outside the table compare only with themselves.
/// </summary>
internal static class UnitScale
{
    private static readonly FrozenDictionary<string, (string Dimension, double Factor)> s_units = new Dictionary<string, (string, double)>
    {
        ["km"] = ("length", 1000), ["m"] = ("length", 1), ["cm"] = ("length", 0.01), ["mm"] = ("length", 0.001),
        ["mile"] = ("length", 1609.344), ["ft"] = ("length", 0.3048), ["inch"] = ("length", 0.0254), ["yard"] = ("length", 0.9144),
        ["kg"] = ("mass", 1000), ["g"] = ("mass", 1), ["mg"] = ("mass", 0.001), ["tonne"] = ("mass", 1e6),
        ["lb"] = ("mass", 453.59237), ["oz"] = ("mass", 28.349523),
        ["litre"] = ("volume", 1), ["ml"] = ("volume", 0.001), ["gallon"] = ("volume", 3.785411784), ["barrel"] = ("volume", 158.987),
        ["acre"] = ("area", 4046.8564), ["hectare"] = ("area", 10000), ["sq km"] = ("area", 1e6), ["sq m"] = ("area", 1),
        ["sq mile"] = ("area", 2589988.11),
        ["mph"] = ("speed", 1.609344), ["km/h"] = ("speed", 1), ["knot"] = ("speed", 1.852),
        ["second"] = ("time", 1), ["minute"] = ("time", 60), ["hour"] = ("time", 3600), ["day"] = ("time", 86400),
        ["week"] = ("time", 604800), ["month"] = ("time", 2629800), ["year"] = ("time", 31557600),
        ["decade"] = ("time", 315576000), ["century"] = ("time", 3155760000),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The dimension <paramref name="q"/> is measured in (its kind, and its currency or unit), and the factor to its base unit.</summary>
    public static (string Dimension, double Factor) Of(Quantity q)
    {
        if (q.Kind == QuantityKind.Measure && q.Unit is { } u && s_units.TryGetValue(u, out var known)) return known;
        return ($"{q.Kind}:{q.Unit}", 1);
    }
}

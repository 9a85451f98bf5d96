using System.Reflection;
using NewsLens.Text;

namespace NewsLens.Store;

/// <summary>
/// The reported layers a report may hold, by their report name: every public static <see cref="LayerKey"/> the core
/// declares (<c>ClaimLayers.Claims</c>, ...). A report's layer names are its persisted format, so reading one back
/// needs the typed key each name stands for.
/// </summary>
internal static class ReportLayers
{
    private static readonly Dictionary<string, LayerKey> ByName = typeof(Document).Assembly.GetExportedTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => typeof(LayerKey).IsAssignableFrom(f.FieldType) && f.IsInitOnly)
        .Select(f => (LayerKey)f.GetValue(null)!)
        .Where(k => k.Reported)
        .DistinctBy(k => k.Name)
        .ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static LayerKey? Find(string name) => ByName.GetValueOrDefault(name);
}

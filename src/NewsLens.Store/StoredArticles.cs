using System.Text.Json;
using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Sources;
using NewsLens.Analyzers.Techniques;
using NewsLens.Analyzers.Verdict;
using NewsLens.Pipeline;
using NewsLens.Reports;

namespace NewsLens.Store;

/// <summary>Turns an analysis result into a <see cref="StoredArticle"/>. Thread-safe: call it on the analysing threads.</summary>
public static class StoredArticles
{
    /// <param name="recordKey">the input record's identity: canonical path plus record position or id.</param>
    /// <param name="producers">layer name → analyzer that wrote it (<see cref="AnalysisPipeline.LayerProducers"/>).</param>
    public static StoredArticle From(AnalysisResult result, string recordKey, IReadOnlyDictionary<string, AnalyzerInfo> producers)
    {
        var doc = result.Document;
        var m = doc.Metadata;
        var layers = new List<StoredLayer>();
        foreach (var key in doc.ReportedLayerKeys)
        {
            if (doc.GetUntyped(key) is not { } items) continue;
            var listType = typeof(IReadOnlyList<>).MakeGenericType(key.ItemType);
            var by = producers.GetValueOrDefault(key.Name) ?? new AnalyzerInfo("unknown", "0");
            layers.Add(new StoredLayer(key.Name, layers.Count, by.Id, by.Version, by.ModelSha256, JsonSerializer.Serialize(items, listType, ReportJson.CompactOptions)));
        }
        string? url = m.CanonicalUrl ?? m.Url;
        return new StoredArticle
        {
            RecordKey = recordKey,
            Pipeline = result.Pipeline.Name,
            SourceId = m.Id,
            Title = m.Title,
            Outlet = OutletOf(doc, url),
            Published = m.Published,
            Url = url,
            UrlKey = DedupKeys.CanonicalUrl(url),
            TextHash = DedupKeys.TextHash(doc.Text),
            Text = doc.Text,
            ReportShell = ReportJson.Serialize(ReportJson.BuildShell(result), indented: false),
            Layers = layers,
            Facets = FacetsOf(doc),
        };
    }

    /// <summary>What search filters read of an analysed document (the in-memory web repository filters on the same).</summary>
    public static ArticleFacets FacetsOf(Text.Document doc)
    {
        var verdict = doc.Has(VerdictLayers.Verdict) ? doc.Get(VerdictLayers.Verdict).FirstOrDefault() : null;
        var lean = doc.Has(LeanLayers.Lean) ? doc.Get(LeanLayers.Lean).FirstOrDefault() : null;
        int claims = doc.Has(ClaimLayers.Claims) ? doc.Get(ClaimLayers.Claims).Count(c => c.Class == ClaimClass.CheckWorthy) : 0;
        string[] techniques = doc.Has(TechniqueLayers.Techniques) ? [.. doc.Get(TechniqueLayers.Techniques).Select(t => t.Technique).Distinct(StringComparer.Ordinal)] : [];
        string[] speakers = doc.Has(AttributionLayers.Attributions)
            ? [.. doc.Get(AttributionLayers.Attributions).Select(a => a.Speaker?.Name.Trim().ToLowerInvariant()).OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)]
            : [];
        return new ArticleFacets(verdict?.HyperpartisanProbability, lean?.Label, claims, techniques, speakers);
    }

    /// <summary>The outlet: the site name given, else the outlet the sources analyzer found, else the URL's host.</summary>
    public static string? OutletOf(Text.Document doc, string? url)
    {
        if (!string.IsNullOrWhiteSpace(doc.Metadata.SiteName)) return doc.Metadata.SiteName.Trim();
        if (doc.Has(SourceLayers.Outlet) && doc.Get(SourceLayers.Outlet).FirstOrDefault() is { } o) return o.Outlet.Name;
        return Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host.ToLowerInvariant() : null;
    }
}

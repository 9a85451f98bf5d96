using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Sources;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Techniques;
using NewsLens.Text;

namespace NewsLens.Analyzers;

/// <summary>
/// Feeds the style profile with what earlier analyzers of the default pipeline found: attributions and named sources
/// (sourcing profile), check-worthy claims, and techniques by name. Layers that are absent give nulls, so the style
/// profile still works alone. Shown in the profile only; the verdict model does not use them. Thread-safe.
/// </summary>
public sealed class PipelineStyleSignals : IStyleSignalSource
{
    public static PipelineStyleSignals Instance { get; } = new();

    public IReadOnlyList<LayerKey> Reads { get; } = [SourceLayers.SourcingProfile, ClaimLayers.Claims, TechniqueLayers.Techniques];

    public StyleSignals? Read(Document document)
    {
        var sourcing = document.GetSingle(SourceLayers.SourcingProfile);
        int? claims = document.Has(ClaimLayers.Claims) ? document.Get(ClaimLayers.Claims).Count(c => c.Class == ClaimClass.CheckWorthy) : null;
        Dictionary<string, int>? techniques = null;
        if (document.Has(TechniqueLayers.Techniques))
        {
            techniques = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var t in document.Get(TechniqueLayers.Techniques))
                techniques[t.Technique] = techniques.GetValueOrDefault(t.Technique) + 1;
        }
        if (sourcing is null && claims is null && techniques is null) return null;
        return new StyleSignals(sourcing?.Attributions, sourcing?.NamedAttributions, claims, techniques);
    }
}

using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Techniques;
using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>One article-level signal the encoder verdict reads, with where a reader can check it.</summary>
/// <param name="Name">stable feature name (a style feature's name, or one of <see cref="VerdictSignals"/>' own).</param>
/// <param name="Description">plain words, with the unit.</param>
/// <param name="Value">the article's value.</param>
/// <param name="Examples">spans that show it (up to three).</param>
public sealed record VerdictSignal(string Name, string Description, double Value, IReadOnlyList<TextSpan> Examples);

/// <summary>
/// The article-level signals of the accurate verdict: the style profile's core features except length, and the
/// densities of what the other layers found (loaded phrases and other technique spans, check-worthy claims nobody is
/// quoted for, attributions, named and concentrated sourcing). Every one can be checked in the text. Training and
/// scoring both call <see cref="Read"/>, so they see the same numbers. Layers that are absent count as empty.
/// </summary>
public static class VerdictSignals
{
    /// <summary>Technique names counted as loaded phrases (words chosen to sway rather than to describe).</summary>
    public static readonly IReadOnlyList<string> LoadedTechniques = ["Loaded_Language", "Name_Calling,Labeling"];

    private static readonly (string Name, string Description)[] s_own =
    [
        ("loadedPhraseRate", "loaded words and name-calling (technique spans) per 100 words"),
        ("otherTechniqueRate", "other propaganda-technique spans per 100 words"),
        ("unattributedClaimRate", "check-worthy claims not attributed to anyone, per sentence"),
        ("attributionRate", "quoted or reported statements (attributions) per sentence"),
        ("namedSourceShare", "share of attributions whose source is named (0-1)"),
        ("topSourceShare", "share of sourced attributions that go to the most-quoted source (0-1; one-sided sourcing when high)"),
    ];

    /// <summary>Signal names in the order <see cref="Read"/> returns them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. StyleFeatureCatalog.Core.Where(f => !ReadableReasons.LengthFeatures.Contains(f.Name)).Select(f => f.Name), .. s_own.Select(o => o.Name)];

    /// <summary>The signals of <paramref name="document"/>, in <see cref="Names"/> order.</summary>
    public static VerdictSignal[] Read(Document document, StyleProfile profile)
    {
        var result = new List<VerdictSignal>(Names.Count);
        for (int k = 0; k < StyleFeatureCatalog.Core.Count; k++)
        {
            var info = StyleFeatureCatalog.Core[k];
            if (ReadableReasons.LengthFeatures.Contains(info.Name)) continue;
            result.Add(new VerdictSignal(info.Name, info.Description, profile.Features[k].Value, profile.Features[k].Examples));
        }
        double words = Math.Max(1, profile.WordCount), sentences = Math.Max(1, document.Sentences.Count);

        var techniques = document.Has(TechniqueLayers.Techniques) ? document.Get(TechniqueLayers.Techniques) : [];
        var loaded = techniques.Where(t => LoadedTechniques.Contains(t.Technique)).ToList();
        var other = techniques.Where(t => !LoadedTechniques.Contains(t.Technique)).ToList();
        result.Add(Own(0, 100 * loaded.Count / words, loaded.OrderByDescending(t => t.Confidence).Select(t => t.Span)));
        result.Add(Own(1, 100 * other.Count / words, other.OrderByDescending(t => t.Confidence).Select(t => t.Span)));

        var claims = document.Has(ClaimLayers.Claims) ? document.Get(ClaimLayers.Claims) : [];
        var unattributed = claims.Where(c => c.Class == ClaimClass.CheckWorthy && c.Attribution is null).OrderBy(c => c.Rank).ToList();
        result.Add(Own(2, unattributed.Count / sentences, unattributed.Select(c => c.Span)));

        var attributions = document.Has(AttributionLayers.Attributions) ? document.Get(AttributionLayers.Attributions) : [];
        result.Add(Own(3, attributions.Count / sentences, attributions.Select(a => a.Cue)));
        var named = attributions.Where(a => a.Speaker is { Name.Length: > 0 }).ToList();
        result.Add(Own(4, attributions.Count == 0 ? 0 : named.Count / (double)attributions.Count, named.Select(a => a.Source ?? a.Cue)));
        var bySpeaker = named.GroupBy(a => a.Speaker!.Name.ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        result.Add(Own(5, bySpeaker is null || named.Count < 2 ? 0 : bySpeaker.Count() / (double)named.Count,
            bySpeaker is null || named.Count < 2 ? [] : bySpeaker.Select(a => a.Source ?? a.Cue)));
        return [.. result];
    }

    private static VerdictSignal Own(int i, double value, IEnumerable<TextSpan> examples) =>
        new(s_own[i].Name, s_own[i].Description, value, [.. examples.Take(3)]);
}

namespace NewsLens.Ingest.Html;

/// <summary>Metadata-bearing elements of the document head (and the html element), raw as the page states them.</summary>
internal sealed class HeadInfo
{
    public string? Title { get; set; }
    public string? Language { get; set; }
    public string? BaseHref { get; set; }
    public string? Canonical { get; set; }
    public string? AmpHtml { get; set; }
    /// <summary>Meta tags as (lower-cased name/property/itemprop/http-equiv, content), in page order.</summary>
    public List<(string Key, string Value)> Metas { get; } = [];

    /// <summary>First non-blank content of the first listed key present (the list states trust order).</summary>
    public string? Meta(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
            foreach (var (k, v) in Metas)
                if (k == key && !string.IsNullOrWhiteSpace(v))
                    return v.Trim();
        return null;
    }

    public IEnumerable<string> MetaAll(string key)
    {
        foreach (var (k, v) in Metas)
            if (k == key && !string.IsNullOrWhiteSpace(v))
                yield return v.Trim();
    }
}

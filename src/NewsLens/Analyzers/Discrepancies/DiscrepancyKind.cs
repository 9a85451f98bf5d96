namespace NewsLens.Analyzers.Discrepancies;

/// <summary>How an article's retelling departs from the source it cites.</summary>
public enum DiscrepancyKind
{
    /// <summary>A quantity larger than the source's ("some 300" → "thousands").</summary>
    NumberInflated,
    /// <summary>A quantity smaller than the source's.</summary>
    NumberDeflated,
    /// <summary>A range stated as one figure ("between 40 and 60" → "50").</summary>
    RangeToPoint,
    /// <summary>An estimate or a bound stated as an exact figure ("about 450" → "450", "as much as 3%" → "3%").</summary>
    ApproximateToExact,
    /// <summary>The source hedged ("reportedly", "is believed to"); the article does not.</summary>
    HedgeDropped,
    /// <summary>The article hedges what the source stated plainly.</summary>
    HedgeAdded,
    /// <summary>Possibility became certainty or the reverse ("may" → "will", "should" → "must").</summary>
    ModalityChanged,
    /// <summary>Words (a quote or reported speech) given to another speaker.</summary>
    SpeakerChanged,
    /// <summary>The source says who said it; the article states it as fact.</summary>
    AttributionDropped,
    /// <summary>A list of actors lost members ("protesters and bystanders" → "protesters").</summary>
    ActorsNarrowed,
    /// <summary>A list of actors gained members the source did not name.</summary>
    ActorsWidened,
}

/// <summary>The kebab-case names reports and spec files use.</summary>
public static class DiscrepancyKinds
{
    /// <summary>The name of <paramref name="kind"/>, e.g. <c>number-inflated</c>.</summary>
    public static string Name(this DiscrepancyKind kind) => kind switch
    {
        DiscrepancyKind.NumberInflated => "number-inflated",
        DiscrepancyKind.NumberDeflated => "number-deflated",
        DiscrepancyKind.RangeToPoint => "range-to-point",
        DiscrepancyKind.ApproximateToExact => "approximate-to-exact",
        DiscrepancyKind.HedgeDropped => "hedge-dropped",
        DiscrepancyKind.HedgeAdded => "hedge-added",
        DiscrepancyKind.ModalityChanged => "modality-changed",
        DiscrepancyKind.SpeakerChanged => "speaker-changed",
        DiscrepancyKind.AttributionDropped => "attribution-dropped",
        DiscrepancyKind.ActorsNarrowed => "actors-narrowed",
        _ => "actors-widened",
    };

    /// <summary>Every kind, in enum order.</summary>
    public static IReadOnlyList<DiscrepancyKind> All { get; } = Enum.GetValues<DiscrepancyKind>();

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static DiscrepancyKind? Parse(string name) => All.Cast<DiscrepancyKind?>().FirstOrDefault(k => k!.Value.Name() == name);
}

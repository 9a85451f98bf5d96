using NewsLens.Text;

namespace NewsLens.Analyzers.Sources;

/// <summary>Layers written by the sources analyzers.</summary>
public static class SourceLayers
{
    /// <summary>Every source the article leans on (<see cref="SourceFinder"/>).</summary>
    public static readonly LayerKey<CitedSource> Sources = new("sources");

    /// <summary>The publishing outlet's registry entry, when found (<see cref="OutletRater"/>): a single item or none.</summary>
    public static readonly LayerKey<PublisherOutlet> Outlet = new("outlet");

    /// <summary>The article's sourcing profile (<see cref="SourcingProfiler"/>): a single item.</summary>
    public static readonly LayerKey<SourcingProfile> SourcingProfile = new("sourcingProfile");
}

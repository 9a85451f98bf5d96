using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>Collects analyzers in run order and builds a frozen <see cref="AnalysisPipeline"/>. Not thread-safe.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnalyzer> _analyzers = [];
    private PipelineOptions _options = new();
    private Segmenter _segmenter = Segmenter.Default;
    private PipelineInfo _info = PipelineInfo.Custom;

    public PipelineBuilder Add(IAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzers.Add(analyzer);
        return this;
    }

    public PipelineBuilder WithOptions(PipelineOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    public PipelineBuilder WithSegmenter(Segmenter segmenter)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        return this;
    }

    /// <summary>Names the pipeline in every report it writes (default <see cref="PipelineInfo.Custom"/>).</summary>
    public PipelineBuilder WithInfo(PipelineInfo info)
    {
        _info = info ?? throw new ArgumentNullException(nameof(info));
        return this;
    }

    /// <summary>True when an analyzer with this id has been added.</summary>
    public bool Contains(string analyzerId) => _analyzers.Any(a => a.Info.Id == analyzerId);

    /// <summary>
    /// Checks the order: every required layer must be a core layer or produced by an earlier analyzer, an optional
    /// layer (<see cref="IAnalyzer.ReadsIfPresent"/>) must not be produced by a later one, no two analyzers produce the
    /// same layer, and ids are unique.
    /// </summary>
    /// <exception cref="PipelineConfigurationException">when the order or the set is invalid.</exception>
    public AnalysisPipeline Build()
    {
        var available = new HashSet<LayerKey>(CoreLayers.All);
        var producers = new Dictionary<LayerKey, string>();
        var ids = new HashSet<string>();
        foreach (var a in _analyzers)
        {
            if (!ids.Add(a.Info.Id))
                throw new PipelineConfigurationException($"analyzer '{a.Info.Id}' was added twice");
            foreach (var req in a.Requires)
            {
                if (!available.Contains(req))
                {
                    var later = _analyzers.FirstOrDefault(x => x.Produces.Contains(req));
                    throw new PipelineConfigurationException(later is null
                        ? $"analyzer '{a.Info.Id}' requires layer '{req.Name}', which no analyzer produces"
                        : $"analyzer '{a.Info.Id}' requires layer '{req.Name}', produced by '{later.Info.Id}', which must come before it");
                }
            }
            foreach (var opt in a.ReadsIfPresent)
            {
                // why: a layer produced after its reader would be silently absent on every article
                if (available.Contains(opt)) continue;
                var later = _analyzers.FirstOrDefault(x => x.Produces.Contains(opt));
                if (later is not null)
                    throw new PipelineConfigurationException($"analyzer '{a.Info.Id}' reads layer '{opt.Name}', produced by '{later.Info.Id}', which must come before it");
            }
            foreach (var prod in a.Produces)
            {
                if (CoreLayers.All.Contains(prod) || !producers.TryAdd(prod, a.Info.Id))
                    throw new PipelineConfigurationException($"layer '{prod.Name}' is produced by both '{(producers.TryGetValue(prod, out var o) ? o : "core")}' and '{a.Info.Id}'");
                available.Add(prod);
            }
        }
        return new AnalysisPipeline([.. _analyzers], _options, _segmenter, _info);
    }
}

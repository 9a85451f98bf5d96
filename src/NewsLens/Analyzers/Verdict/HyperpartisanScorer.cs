using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Style;
using NewsLens.Analyzers.Techniques;
using NewsLens.Pipeline;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Writes the <see cref="ArticleVerdict"/> of an article (layer <c>verdict</c>) from its text and style profile, and,
/// with an <see cref="EncoderVerdictModel"/> (the accurate pipeline), from its sentence vectors and the densities of
/// the technique, attribution and claim layers too. Never reads the outlet's name, domain or rating; the article's own
/// site name and URL are used only to mask self-mentions. Stateless and thread-safe after construction.
/// </summary>
public sealed class HyperpartisanScorer : IAnalyzer
{
    private readonly VerdictComputer _computer;
    private readonly EncoderVerdictModel? _head;
    private readonly bool _explain;

    /// <param name="model">the fast model (<c>verdict.bin</c>).</param>
    /// <param name="options">reasons, threshold, prior.</param>
    /// <param name="head">the encoder head (<c>verdict.encoder.bin</c>), stacked on <paramref name="model"/>.</param>
    /// <exception cref="InvalidDataException">when <paramref name="head"/> was trained on another <c>verdict.bin</c>.</exception>
    public HyperpartisanScorer(VerdictModel model, VerdictScorerOptions? options = null, EncoderVerdictModel? head = null)
    {
        if (head?.StacksOn is { } trainedOn && model.Sha256 is { } loaded && trainedOn != loaded)
            throw new InvalidDataException($"{EncoderVerdictModel.Spec.FileName} was trained on {VerdictModel.Spec.FileName} {trainedOn[..12]}..., "
                + $"but the models folder has {loaded[..12]}...; retrain it with `{EncoderVerdictModel.Spec.TrainCommand}`");
        _computer = new VerdictComputer(model, options);
        _head = head;
        _explain = options?.Explain ?? true;
        Info = head is null ? new("newslens.verdict.v1", "1.0.0", model.Sha256)
            : new("newslens.verdict.encoder.v1", "1.0.0", head.Sha256 is null ? model.Sha256 : head.Sha256 + "+" + model.Sha256);
        Requires = head is null ? [CoreLayers.Tokens, CoreLayers.Sentences, StyleLayers.Profile]
            : [CoreLayers.Tokens, CoreLayers.Sentences, StyleLayers.Profile, VectorLayers.Sentences, TechniqueLayers.Techniques,
               AttributionLayers.Attributions, ClaimLayers.Claims];
    }

    public AnalyzerInfo Info { get; }
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> Produces { get; } = [VerdictLayers.Verdict];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var profile = document.GetSingle(StyleLayers.Profile) ?? StyleFeatureExtractor.Default.Extract(document);
        var head = _head?.Score(document, profile);
        document.SetSingle(VerdictLayers.Verdict, _explain ? _computer.Compute(document, profile, head) : _computer.ComputeUnexplained(document, profile, head));
    }
}

using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Quantities;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Analyzers.Claims;

/// <summary>
/// Scores every sentence for check-worthiness with a <see cref="ClaimModel"/>, classes it, lists its reasons and
/// quantities, and writes <see cref="ClaimLayers.Claims"/>. Reads <see cref="QuantityLayers.Quantities"/> (required) and
/// <see cref="AttributionLayers.Attributions"/> when an earlier analyzer produced it. With a <see cref="ClaimEncoderModel"/>
/// (the accurate pipeline) it also reads <see cref="VectorLayers.Sentences"/> and scores with that model, stacked on the
/// hashed one. Stateless and thread-safe after construction.
/// </summary>
public sealed class ClaimScorer : IAnalyzer
{
    [ThreadStatic] private static FeatureBuffer? t_buffer;

    /// <param name="model">the hashed model (<c>claims.bin</c>): cues, the factual head, and the margin the encoder model reads.</param>
    /// <param name="encoder">the accurate pipeline's model (<c>claims.encoder.bin</c>), or null to score with <paramref name="model"/> alone.</param>
    /// <exception cref="InvalidDataException">when <paramref name="encoder"/> was stacked on another <c>claims.bin</c>.</exception>
    public ClaimScorer(ClaimModel model, ClaimEncoderModel? encoder = null)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        // why: the stack learnt a weight for this exact hashed model's margins; another claims.bin shifts them
        if (encoder?.HashedModelSha256 is { } stackedOn && model.Sha256 is { } sha && stackedOn != sha)
            throw new InvalidDataException($"{ClaimEncoderModel.Spec.FileName} was stacked on claims.bin {stackedOn[..12]}..., not on this one ({sha[..12]}...); retrain it with `{ClaimEncoderModel.Spec.TrainCommand}`");
        Encoder = encoder;
        Info = encoder is null ? new AnalyzerInfo("newslens.claims.v1", "1.0.0", model.Sha256) : new AnalyzerInfo("newslens.claims.encoder.v1", "1.0.0", encoder.Sha256);
        Requires = encoder is null ? [CoreLayers.Sentences, CoreLayers.Tokens, QuantityLayers.Quantities]
            : [CoreLayers.Sentences, CoreLayers.Tokens, QuantityLayers.Quantities, VectorLayers.Sentences];
    }

    /// <summary>Loads <c>claims.bin</c> from <paramref name="models"/>, and <c>claims.encoder.bin</c> too when <paramref name="useEncoder"/>.</summary>
    /// <exception cref="FileNotFoundException">when a model file is missing (the message names the train command).</exception>
    public static ClaimScorer Load(ModelDirectory models, bool useEncoder = false)
    {
        ArgumentNullException.ThrowIfNull(models);
        var hashed = ClaimModel.LoadFile(models.Require(ClaimModel.Spec.FileName, ClaimModel.Spec.TrainCommand));
        var encoder = useEncoder ? ClaimEncoderModel.LoadFile(models.Require(ClaimEncoderModel.Spec.FileName, ClaimEncoderModel.Spec.TrainCommand)) : null;
        return new ClaimScorer(hashed, encoder);
    }

    public ClaimModel Model { get; }
    /// <summary>The stacked model over encoder vectors, or null (the fast pipeline).</summary>
    public ClaimEncoderModel? Encoder { get; }
    public AnalyzerInfo Info { get; }
    public IReadOnlyList<LayerKey> Requires { get; }
    public IReadOnlyList<LayerKey> ReadsIfPresent { get; } = [AttributionLayers.Attributions];
    public IReadOnlyList<LayerKey> Produces { get; } = [ClaimLayers.Claims];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        var units = new ClaimUnit[sentences.Count];
        for (int i = 0; i < units.Length; i++) units[i] = new ClaimUnit(sentences[i].FirstToken, sentences[i].TokenCount);
        var quantities = GroupBySpan(document.Get(QuantityLayers.Quantities), sentences.Select(s => s.Span).ToArray());
        var vectors = Encoder is null ? null : VectorLayers.Require(document, VectorLayers.Sentences, "this claims model", Encoder.EncoderKey, ClaimEncoderModel.Spec);
        var scores = Score(document, units, ClaimDomain.Sentence, quantities, vectors, out var cues, cancellationToken);
        var attributions = document.Get(AttributionLayers.Attributions);
        var ranks = Ranks(scores);
        double threshold = Threshold(ClaimDomain.Sentence);
        // Each sentence takes the first attribution (in layer order) with a span overlapping it; sentences are in
        // text order, so a span's overlapping sentences are found by binary search instead of testing every pair.
        var attributionOf = new ClaimAttribution?[units.Length];
        foreach (var a in attributions)
        {
            var claimAttribution = new ClaimAttribution(a.Source, a.Cue, a.Speaker?.Name);
            foreach (var c in Covers(a))
            {
                int first = document.SentenceIndexAt(c.Start);
                if (first < 0) continue;
                for (int k = first; k < sentences.Count && sentences[k].Start < c.End; k++)
                    if (attributionOf[k] is null && c.Overlaps(sentences[k].Span)) attributionOf[k] = claimAttribution;
            }
        }
        var claims = new Claim[units.Length];
        for (int i = 0; i < units.Length; i++)
        {
            var span = sentences[i].Span;
            var attribution = attributionOf[i];
            var reasons = Reasons(cues[i], attribution is not null);
            claims[i] = new Claim(span, i, Math.Round(scores[i], 4), ranks[i], Classify(cues[i], scores[i], threshold), reasons,
                quantities[i], attribution);
        }
        document.Set(ClaimLayers.Claims, claims);
    }

    /// <summary>
    /// Scores units of a document (transcript lines, tweets, sentences) in the given domain; quantities are extracted
    /// from each unit. Returns one probability per unit.
    /// </summary>
    public double[] ScoreUnits(Document document, IReadOnlyList<ClaimUnit> units, ClaimDomain domain, CancellationToken cancellationToken = default) =>
        ScoreUnits(document, units, domain, null, cancellationToken);

    /// <summary>
    /// Scores units with one encoder vector per unit (row <c>i</c> of <paramref name="unitVectors"/> for unit <c>i</c>,
    /// each unit's text encoded on its own). The vectors are needed exactly when the scorer has an encoder model.
    /// </summary>
    /// <exception cref="InvalidOperationException">when the vectors are missing, of the wrong count, or from another encoder.</exception>
    public double[] ScoreUnits(Document document, IReadOnlyList<ClaimUnit> units, ClaimDomain domain, VectorTable? unitVectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        var quantities = ExtractPerUnit(document, units);
        return Score(document, units, domain, quantities, UnitVectors(unitVectors, units.Count), out _, cancellationToken);
    }

    /// <summary>Scores and classes units of a document (transcript lines, tweets, sentences) in the given domain.</summary>
    public (double Score, ClaimClass Class)[] Classify(Document document, IReadOnlyList<ClaimUnit> units, ClaimDomain domain, CancellationToken cancellationToken = default) =>
        Classify(document, units, domain, null, cancellationToken);

    /// <summary>Scores and classes units with one encoder vector per unit (see <see cref="ScoreUnits(Document, IReadOnlyList{ClaimUnit}, ClaimDomain, VectorTable?, CancellationToken)"/>).</summary>
    public (double Score, ClaimClass Class)[] Classify(Document document, IReadOnlyList<ClaimUnit> units, ClaimDomain domain, VectorTable? unitVectors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        var scores = Score(document, units, domain, ExtractPerUnit(document, units), UnitVectors(unitVectors, units.Count), out var cues, cancellationToken);
        double threshold = Threshold(domain);
        var result = new (double, ClaimClass)[units.Count];
        for (int i = 0; i < result.Length; i++) result[i] = (scores[i], Classify(cues[i], scores[i], threshold));
        return result;
    }

    internal static IReadOnlyList<Quantity>[] ExtractPerUnit(Document document, IReadOnlyList<ClaimUnit> units)
    {
        var result = new IReadOnlyList<Quantity>[units.Count];
        var list = new List<Quantity>();
        for (int i = 0; i < units.Count; i++)
        {
            list.Clear();
            QuantityExtractor.ExtractRange(document.Text, document.Tokens, units[i].FirstToken, units[i].FirstToken + units[i].TokenCount, list);
            result[i] = list.Count == 0 ? [] : list.ToArray();
        }
        return result;
    }

    /// <summary>The class threshold of <paramref name="domain"/> for the scores this scorer gives.</summary>
    public double Threshold(ClaimDomain domain) => Encoder?.Threshold(domain) ?? Model.Threshold(domain);

    private VectorTable? UnitVectors(VectorTable? vectors, int units)
    {
        if (Encoder is null) return null;
        if (vectors is null) throw new InvalidOperationException($"{ClaimEncoderModel.Spec.FileName} reads one encoder vector per unit; encode the units first");
        if (vectors.Count != units) throw new InvalidOperationException($"{vectors.Count} unit vectors for {units} units");
        return VectorLayers.Require(vectors, Encoder.EncoderKey, ClaimEncoderModel.Spec);
    }

    // Row i of vectors belongs to unit i; null without an encoder model.
    internal double[] Score(Document document, IReadOnlyList<ClaimUnit> units, ClaimDomain domain, IReadOnlyList<Quantity>[] quantities,
        VectorTable? vectors, out UnitCues[] cues, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens as Token[] ?? [.. document.Tokens];
        var hashes = new ClaimFeaturizer.TokenHashes(document.Text, tokens);
        var buffer = t_buffer ??= new FeatureBuffer();
        var scores = new double[units.Count];
        cues = new UnitCues[units.Count];
        for (int i = 0; i < units.Count; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            cues[i] = Model.Featurizer.Featurize(hashes, units, i, domain, quantities[i], buffer);
            if (Encoder is null || vectors is null)
            {
                (scores[i], cues[i].Factual) = Model.ScoreBoth(buffer);
                continue;
            }
            var (margin, factual) = Model.MarginBoth(buffer);
            cues[i].Factual = double.IsNaN(factual) ? factual : NewsLens.Learning.Logistic.Sigmoid(factual);
            scores[i] = Encoder.Score(margin, domain, vectors[i], i > 0 ? vectors[i - 1] : default, i + 1 < units.Count ? vectors[i + 1] : default);
        }
        return scores;
    }

    /// <summary>1-based ranks by descending score; ties keep text order.</summary>
    public static int[] Ranks(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var order = new int[scores.Count];
        var keys = new double[scores.Count];
        for (int i = 0; i < order.Length; i++) { order[i] = i; keys[i] = -scores[i]; }
        Array.Sort(keys, order); // not stable: ties are re-sorted by index below
        for (int a = 0; a < order.Length;)
        {
            int b = a + 1;
            while (b < order.Length && keys[b] == keys[a]) b++;
            if (b - a > 1) Array.Sort(order, a, b - a);
            a = b;
        }
        var ranks = new int[scores.Count];
        for (int r = 0; r < order.Length; r++) ranks[order[r]] = r + 1;
        return ranks;
    }

    internal static ClaimClass Classify(in UnitCues c, double score, double threshold)
    {
        if (c.Question) return ClaimClass.Question;
        if (score >= threshold && c.Words >= 3) return ClaimClass.CheckWorthy;
        if (c.Words < 3 || (c.Flags & CueFlags.Courtesy) != 0 && c.Words < 8) return ClaimClass.Other;
        if (!double.IsNaN(c.Factual))
        {
            // The factual head decides factual or not; cues decide between opinion and other.
            if (c.Factual >= 0.5) return ClaimClass.OtherFactual;
            bool opinionated = (c.Flags & (CueFlags.OpinionVerb | CueFlags.Modal)) != 0 || c.StrongSubjective >= 1;
            return opinionated ? ClaimClass.Opinion : ClaimClass.Other;
        }
        bool factualCue = c.Quantities > 0 || c.Numbers > 0 || c.Entities > 0 || (c.Flags & (CueFlags.Attribution | CueFlags.Past | CueFlags.Comparison)) != 0;
        bool opinionCue = (c.Flags & (CueFlags.OpinionVerb | CueFlags.Modal)) != 0 && (c.Flags & CueFlags.FirstPerson) != 0
            || (c.Flags & CueFlags.Modal) != 0 && c.Quantities == 0
            || c.StrongSubjective >= 2 || (c.StrongSubjective >= 1 && !factualCue);
        if (opinionCue) return ClaimClass.Opinion;
        return factualCue ? ClaimClass.OtherFactual : ClaimClass.Other;
    }

    internal static IReadOnlyList<ClaimReason> Reasons(in UnitCues c, bool attributed)
    {
        var r = new List<ClaimReason>(4);
        if (c.Quantities > 0) r.Add(ClaimReason.Quantity);
        if (c.Entities > 0) r.Add(ClaimReason.NamedEntity);
        if ((c.Flags & (CueFlags.Comparison | CueFlags.Superlative)) != 0) r.Add(ClaimReason.Comparison);
        if ((c.Flags & CueFlags.Causal) != 0) r.Add(ClaimReason.CausalLink);
        if ((c.Flags & CueFlags.Prediction) != 0) r.Add(ClaimReason.PredictionOrPromise);
        if (attributed || (c.Flags & CueFlags.Attribution) != 0) r.Add(ClaimReason.Attribution);
        return r;
    }

    // Quantities (in text order) grouped into the spans (in text order) that contain them.
    private static IReadOnlyList<Quantity>[] GroupBySpan(IReadOnlyList<Quantity> quantities, TextSpan[] spans)
    {
        var result = new IReadOnlyList<Quantity>[spans.Length];
        int q = 0;
        for (int i = 0; i < spans.Length; i++)
        {
            var inside = new List<Quantity>();
            while (q < quantities.Count && quantities[q].Span.Start < spans[i].Start) q++;
            while (q < quantities.Count && spans[i].Contains(quantities[q].Span)) inside.Add(quantities[q++]);
            result[i] = inside.Count == 0 ? [] : inside.ToArray();
        }
        return result;
    }

    // The attributed content decides which sentences an attribution covers; without content parts, the source and cue do.
    private static IReadOnlyList<TextSpan> Covers(Attribution a) =>
        a.ContentParts.Count > 0 ? a.ContentParts : [a.Source is { } s ? s.Cover(a.Cue) : a.Cue];
}

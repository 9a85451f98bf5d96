using NewsLens.Learning;
using NewsLens.Models;

namespace NewsLens.FactChecks;

/// <summary>
/// The learned second stage: a logistic model over standardised <see cref="MatchFeatures"/>, giving the probability
/// that a verified claim matches the query. Trained by <c>newslens train factchecks</c> on CheckThat! 2020 Task 2
/// training pairs; stored as <c>factchecks.reranker.bin</c>. Immutable and thread-safe.
/// </summary>
public sealed class FactCheckReRanker
{
    public const string FileName = "factchecks.reranker.bin";

    public static readonly ModelSpec Spec = new("newslens.factcheck-reranker", 1, FileName, "newslens train factchecks")
    {
        Arrays = ["weights", "mean", "std"],
        Scalars = ["bias", "lexical_weight", "depth"],
        Texts = ["features", "encoder"],
    };

    private readonly float[] _weights;
    private readonly float[] _mean;
    private readonly float[] _std;
    private readonly float _bias;

    /// <param name="weights">one weight per <see cref="MatchFeatures"/> feature, over standardised values.</param>
    /// <param name="bias">the intercept.</param>
    /// <param name="mean">each feature's training mean.</param>
    /// <param name="std">each feature's training standard deviation (above 0).</param>
    /// <param name="encoderKey">the encoder whose cosines it was trained on.</param>
    /// <param name="sha256">SHA-256 of the file it was read from, if any.</param>
    /// <param name="matcherOptions">the first stage it was trained behind (default: <see cref="FactCheckMatcherOptions"/>'s defaults).</param>
    public FactCheckReRanker(float[] weights, float bias, float[] mean, float[] std, string encoderKey, string? sha256 = null, FactCheckMatcherOptions? matcherOptions = null)
    {
        foreach (var (name, a) in new[] { ("weights", weights), ("mean", mean), ("std", std) })
            if (a.Length != MatchFeatures.Count) throw new ArgumentException($"{name} has {a.Length} values, not {MatchFeatures.Count}");
        _weights = weights;
        _bias = bias;
        _mean = mean;
        _std = std;
        EncoderKey = encoderKey;
        Sha256 = sha256;
        MatcherOptions = matcherOptions ?? new FactCheckMatcherOptions();
        MatcherOptions.Validate();
    }

    /// <summary>The first stage the re-ranker was trained behind: a matcher given no options uses these.</summary>
    public FactCheckMatcherOptions MatcherOptions { get; }

    /// <summary>The encoder the cosine features came from.</summary>
    public string EncoderKey { get; }

    /// <summary>SHA-256 of the model file, when read from one.</summary>
    public string? Sha256 { get; }

    /// <summary>Probability in [0, 1] that the pair with features <paramref name="x"/> is a match.</summary>
    public double Score(ReadOnlySpan<float> x)
    {
        double z = _bias;
        for (int k = 0; k < _weights.Length; k++) z += _weights[k] * (x[k] - _mean[k]) / _std[k];
        return Logistic.Sigmoid(z);
    }

    /// <summary>Reads the re-ranker from <paramref name="models"/>, or null when the folder has none.</summary>
    /// <exception cref="InvalidDataException">when the file is not a re-ranker of this build's features.</exception>
    public static FactCheckReRanker? Find(ModelDirectory models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Find(FileName) is { } path ? Read(path) : null;
    }

    public static FactCheckReRanker Read(string path)
    {
        var c = ModelFile.Read(path, Spec);
        if (c.Text("features") != string.Join(",", MatchFeatures.Names))
            throw new InvalidDataException($"{FileName} was trained on other features; retrain it with `{Spec.TrainCommand}`");
        return new FactCheckReRanker(c.Array("weights"), (float)c.Scalar("bias"), c.Array("mean"), c.Array("std"), c.Text("encoder"), c.Sha256,
            new FactCheckMatcherOptions { LexicalWeight = (float)c.Scalar("lexical_weight"), FirstStageDepth = (int)c.Scalar("depth") });
    }

    /// <summary>The model's content, with <paramref name="facts"/> (data, command, scores) beside it.</summary>
    public ModelContent ToContent(IReadOnlyDictionary<string, string> facts)
    {
        var c = new ModelContent();
        c.Arrays["weights"] = _weights;
        c.Arrays["mean"] = _mean;
        c.Arrays["std"] = _std;
        c.Scalars["bias"] = _bias;
        c.Scalars["lexical_weight"] = MatcherOptions.LexicalWeight;
        c.Scalars["depth"] = MatcherOptions.FirstStageDepth;
        c.Texts["features"] = string.Join(",", MatchFeatures.Names);
        c.Texts["encoder"] = EncoderKey;
        foreach (var (k, v) in facts) c.Facts[k] = v;
        return c;
    }

    /// <summary>Each feature's weight over standardised values, for the card.</summary>
    public IEnumerable<(string Feature, float Weight)> Weights() => MatchFeatures.Names.Select((n, k) => (n, _weights[k]));
}

using System.Collections.Concurrent;

namespace NewsLens.Models;

/// <summary>
/// Shared resources whose content changes what a model's features mean (the word clusters; later the encoder). A model
/// records each one's SHA-256 at training time; loading it under another version fails, naming the command that
/// retrains it. Thread-safe.
/// </summary>
public static class ModelDependencies
{
    /// <summary>Name under which the embedded word clusters are recorded.</summary>
    public const string Clusters = "clusters";

    /// <summary>Name under which the embedded word lists (<see cref="Lexical.Lexicon"/>) are recorded.</summary>
    public const string Lexicon = "lexicon";

    /// <summary>Name under which a head records the exact encoder weights it was trained on (<c>EncoderIdentity.Key</c>); checked against the vectors it reads, not here.</summary>
    public const string Encoder = "encoder";

    private static readonly ConcurrentDictionary<string, Func<string>> s_current = new(StringComparer.Ordinal)
    {
        [Clusters] = () => Lexical.WordClusters.Default.Sha256,
        [Lexicon] = () => Lexical.Lexicon.Embedded.Sha256,
    };

    /// <summary>Makes <paramref name="name"/> known, with a function giving the SHA-256 of the version this build uses.</summary>
    public static void Register(string name, Func<string> currentSha256) => s_current[name] = currentSha256;

    /// <summary>SHA-256 of the version of <paramref name="name"/> this build uses.</summary>
    /// <exception cref="InvalidDataException">when no such resource is known.</exception>
    public static string Current(string name) =>
        s_current.TryGetValue(name, out var f) ? f() : throw new InvalidDataException($"unknown model dependency '{name}'");

    /// <summary>Throws unless every dependency recorded in <paramref name="content"/> matches this build.</summary>
    internal static void Check(ModelContent content, ModelSpec spec)
    {
        foreach (var (name, trainedWith) in content.TrainedWith)
        {
            // why: the encoder is checked where its vectors are read (per document, against the vectors' source), since
            // one process may run the pretrained and a fine-tuned encoder side by side
            if (name == Encoder) continue;
            if (!s_current.TryGetValue(name, out var current))
                throw new InvalidDataException($"{spec.FileName} needs '{name}', which this build does not have; retrain it with `{spec.TrainCommand}`");
            string now = current();
            if (trainedWith == now) continue;
            throw new InvalidDataException(
                $"{spec.FileName} was trained with other {name} (sha256 {Short(trainedWith)}..., this build has {Short(now)}...); retrain it with `{spec.TrainCommand}`");
        }
    }

    private static string Short(string sha) => sha.Length >= 12 ? sha[..12] : sha.Length == 0 ? "none" : sha;
}

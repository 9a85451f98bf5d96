using NewsLens.Encoders;
using NewsLens.FineTune.Bert;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsLens.FineTune.TokenClassification;

/// <summary>
/// Fine-tunes the encoder for tagging word pieces: LoRA adapters on the frozen BERT plus a linear head, trained with
/// AdamW on cross-entropy over the labelled pieces. Seeded and single-process, so the same examples, options and
/// LibTorch build give the same weights. One training at a time per process (LibTorch's seed and thread count are global).
/// </summary>
public sealed class TokenClassificationTrainer(EncoderWeights weights, TokenClassificationOptions? options = null)
{
    private readonly TokenClassificationOptions _options = options ?? new TokenClassificationOptions();

    /// <exception cref="ArgumentException">when an example's ids and labels differ in length, or a label is outside [0, classes).</exception>
    public TokenClassificationResult Train(IReadOnlyList<TokenClassificationExample> examples, int classes,
        IProgress<EpochLoss>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        _options.Validate();
        Check(examples, classes);
        set_num_threads(_options.Threads);
        // why: a generator of our own, so nothing else drawing from LibTorch's global one changes the initial weights
        using var generator = new Generator((ulong)_options.Seed);

        using var encoder = BertEncoder.FromOnnx(weights);
        encoder.AddLora(_options.Rank, _options.Alpha, _options.Targets, generator);
        using var headWeight = new Parameter(randn([encoder.Hidden, classes], generator: generator) * 0.02);
        using var headBias = new Parameter(zeros(classes));
        var trainable = encoder.parameters().Where(p => p.requires_grad).Append(headWeight).Append(headBias).ToList();
        using var optimizer = optim.AdamW(trainable, _options.LearningRate, weight_decay: _options.WeightDecay);
        encoder.train();

        var random = new Random(_options.Seed);
        var losses = new List<double>();
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            var order = Enumerable.Range(0, examples.Count).ToArray();
            random.Shuffle(order);
            double lossSum = 0;
            long labelled = 0;
            for (int at = 0; at < order.Length; at += _options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = order.Skip(at).Take(_options.BatchSize).Select(i => examples[i]).ToArray();
                long count = batch.Sum(e => e.Labels.Count(l => l != TokenClassificationExample.Ignore));
                // why: cross-entropy over zero labelled pieces is NaN and would poison every weight
                if (count == 0) continue;
                lossSum += Step(encoder, headWeight, headBias, optimizer, batch, classes) * count;
                labelled += count;
            }
            double loss = labelled == 0 ? double.NaN : lossSum / labelled;
            losses.Add(loss);
            progress?.Report(new EpochLoss(epoch, loss));
        }
        encoder.eval();
        return new TokenClassificationResult(losses, headWeight.detach().data<float>().ToArray(),
            headBias.detach().data<float>().ToArray(), classes, encoder.ExportOverrides(weights));
    }

    private double Step(BertEncoder encoder, Tensor headWeight, Tensor headBias, optim.Optimizer optimizer,
        TokenClassificationExample[] batch, int classes)
    {
        using var scope = NewDisposeScope();
        var (ids, mask, labels) = Pad(batch);
        optimizer.zero_grad();
        var logits = encoder.forward(ids, mask).matmul(headWeight).add_(headBias);
        var loss = nn.functional.cross_entropy(logits.view(-1, classes), labels.view(-1),
            ignore_index: TokenClassificationExample.Ignore);
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }

    private (Tensor Ids, Tensor Mask, Tensor Labels) Pad(TokenClassificationExample[] batch)
    {
        int length = batch.Max(e => e.Ids.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        var labels = new long[batch.Length * length];
        Array.Fill(ids, _options.PadId);
        Array.Fill(labels, TokenClassificationExample.Ignore);
        for (int b = 0; b < batch.Length; b++)
        {
            var e = batch[b];
            e.Ids.CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, e.Ids.Length);
            for (int i = 0; i < e.Labels.Length; i++) labels[b * length + i] = e.Labels[i];
        }
        long[] shape = [batch.Length, length];
        return (tensor(ids, shape), tensor(mask, shape), tensor(labels, shape));
    }

    private static void Check(IReadOnlyList<TokenClassificationExample> examples, int classes)
    {
        foreach (var e in examples)
        {
            if (e.Ids.Length == 0 || e.Ids.Length != e.Labels.Length)
                throw new ArgumentException($"an example has {e.Ids.Length} ids and {e.Labels.Length} labels", nameof(examples));
            foreach (int l in e.Labels)
                if (l != TokenClassificationExample.Ignore && (l < 0 || l >= classes))
                    throw new ArgumentException($"label {l} is outside [0, {classes})", nameof(examples));
        }
    }
}

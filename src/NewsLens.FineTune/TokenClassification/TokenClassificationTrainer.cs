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
        IProgress<EpochLoss>? progress = null, CancellationToken cancellationToken = default) =>
        Train(examples, [classes], progress, cancellationToken);

    /// <summary>
    /// Multi-task training: one encoder (one set of adapters) and one head per task, <paramref name="classes"/>[t]
    /// classes for task t. A batch mixes tasks; each example's pieces count in its own head's cross-entropy, and the
    /// loss is the mean over every labelled piece of the batch.
    /// </summary>
    /// <exception cref="ArgumentException">when an example's ids and labels differ in length, its task is unknown, or a label is outside its task's classes.</exception>
    public TokenClassificationResult Train(IReadOnlyList<TokenClassificationExample> examples, IReadOnlyList<int> classes,
        IProgress<EpochLoss>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count == 0) throw new ArgumentException("no task", nameof(classes));
        foreach (int c in classes) ArgumentOutOfRangeException.ThrowIfLessThan(c, 2, nameof(classes));
        _options.Validate();
        Check(examples, classes);
        set_num_threads(_options.Threads);
        // why: a generator of our own, so nothing else drawing from LibTorch's global one changes the initial weights
        using var generator = new Generator((ulong)_options.Seed);

        using var encoder = BertEncoder.FromOnnx(weights);
        encoder.AddLora(_options.Rank, _options.Alpha, _options.Targets, generator);
        var heads = classes.Select(c => (Weight: new Parameter(randn([encoder.Hidden, c], generator: generator) * 0.02), Bias: new Parameter(zeros(c)))).ToList();
        try
        {
        var trainable = encoder.parameters().Where(p => p.requires_grad).Concat(heads.SelectMany(h => new[] { h.Weight, h.Bias })).ToList();
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
                lossSum += Step(encoder, heads, optimizer, batch, classes) * count;
                labelled += count;
            }
            double loss = labelled == 0 ? double.NaN : lossSum / labelled;
            losses.Add(loss);
            progress?.Report(new EpochLoss(epoch, loss));
        }
        encoder.eval();
        var exported = heads.Select((h, t) => (h.Weight.detach().data<float>().ToArray(), h.Bias.detach().data<float>().ToArray(), classes[t])).ToList();
        return new TokenClassificationResult(losses, exported[0].Item1, exported[0].Item2, classes[0], encoder.ExportOverrides(weights)) { Heads = exported };
        }
        finally
        {
            foreach (var (w, b) in heads) { w.Dispose(); b.Dispose(); }
        }
    }

    private double Step(BertEncoder encoder, List<(Parameter Weight, Parameter Bias)> heads, optim.Optimizer optimizer,
        TokenClassificationExample[] batch, IReadOnlyList<int> classes)
    {
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        var (ids, mask) = Inputs(batch);
        var states = encoder.forward(ids, mask);
        Tensor? total = null;
        long all = 0;
        for (int t = 0; t < heads.Count; t++)
        {
            var labels = Labels(batch, t);
            long n = batch.Where(e => e.Task == t).Sum(e => e.Labels.Count(l => l != TokenClassificationExample.Ignore));
            if (n == 0) continue;
            var logits = states.matmul(heads[t].Weight).add(heads[t].Bias);
            // why: the sum over pieces, so that the batch's loss is the mean over all its labelled pieces whatever the tasks' shares
            var sum = nn.functional.cross_entropy(logits.view(-1, classes[t]), labels.view(-1),
                ignore_index: TokenClassificationExample.Ignore, reduction: nn.Reduction.Sum);
            total = total is null ? sum : total.add(sum);
            all += n;
        }
        var loss = total!.div(all);
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }

    // The batch's piece ids, padded to its longest sequence, and the attention mask.
    private (Tensor Ids, Tensor Mask) Inputs(TokenClassificationExample[] batch)
    {
        int length = batch.Max(e => e.Ids.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        Array.Fill(ids, _options.PadId);
        for (int b = 0; b < batch.Length; b++)
        {
            batch[b].Ids.CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, batch[b].Ids.Length);
        }
        long[] shape = [batch.Length, length];
        return (tensor(ids, shape), tensor(mask, shape));
    }

    // The labels of the examples of task <paramref name="task"/>, padded like the inputs; every other piece ignored.
    private static Tensor Labels(TokenClassificationExample[] batch, int task)
    {
        int length = batch.Max(e => e.Ids.Length);
        var labels = new long[batch.Length * length];
        Array.Fill(labels, TokenClassificationExample.Ignore);
        for (int b = 0; b < batch.Length; b++)
            if (batch[b].Task == task)
                for (int i = 0; i < batch[b].Labels.Length; i++) labels[b * length + i] = batch[b].Labels[i];
        return tensor(labels, [batch.Length, length]);
    }

    private static void Check(IReadOnlyList<TokenClassificationExample> examples, IReadOnlyList<int> classes)
    {
        foreach (var e in examples)
        {
            if (e.Ids.Length == 0 || e.Ids.Length != e.Labels.Length)
                throw new ArgumentException($"an example has {e.Ids.Length} ids and {e.Labels.Length} labels", nameof(examples));
            if ((uint)e.Task >= (uint)classes.Count)
                throw new ArgumentException($"an example is for task {e.Task}, but there are {classes.Count} tasks", nameof(examples));
            foreach (int l in e.Labels)
                if (l != TokenClassificationExample.Ignore && (l < 0 || l >= classes[e.Task]))
                    throw new ArgumentException($"label {l} is outside [0, {classes[e.Task]}) of task {e.Task}", nameof(examples));
        }
    }
}

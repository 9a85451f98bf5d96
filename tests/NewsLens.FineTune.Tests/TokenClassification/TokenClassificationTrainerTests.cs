using NewsLens.FineTune.TokenClassification;
using NewsLens.FineTune.Tests.Support;
using Xunit.Abstractions;

namespace NewsLens.FineTune.Tests.TokenClassification;

public sealed class TokenClassificationTrainerTests(ITestOutputHelper output)
{
    [Fact]
    public void Training_on_a_tiny_synthetic_task_lowers_the_loss_and_returns_a_head_and_merged_overrides()
    {
        var examples = NumberWordExamples();
        var losses = new List<EpochLoss>();
        var trainer = new TokenClassificationTrainer(MiniLm.Weights, new TokenClassificationOptions { Epochs = 4, BatchSize = 4, LearningRate = 3e-3 });
        var result = trainer.Train(examples, classes: 2, new SyncProgress<EpochLoss>(losses.Add));

        output.WriteLine("loss per epoch: " + string.Join(", ", result.LossPerEpoch.Select(l => l.ToString("F4"))));
        Assert.Equal(4, losses.Count);
        Assert.True(result.LossPerEpoch[^1] < result.LossPerEpoch[0] * 0.7, "loss should fall");
        Assert.Equal(384 * 2, result.HeadWeight.Length);
        Assert.Equal(2, result.HeadBias.Length);
        Assert.Equal(12, result.Overrides.Tensors.Count);
        Assert.Equal(MiniLm.Weights.Sha256, result.Overrides.BaseSha256);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_head_and_overrides()
    {
        var examples = NumberWordExamples()[..4];
        var options = new TokenClassificationOptions { Epochs = 1, BatchSize = 2, Seed = 5 };
        var first = new TokenClassificationTrainer(MiniLm.Weights, options).Train(examples, classes: 2);
        var second = new TokenClassificationTrainer(MiniLm.Weights, options).Train(examples, classes: 2);
        Assert.Equal(first.LossPerEpoch, second.LossPerEpoch);
        Assert.Equal(first.HeadWeight, second.HeadWeight);
        foreach (var (name, tensor) in first.Overrides.Tensors) Assert.Equal(tensor.Data, second.Overrides.Tensors[name].Data);
    }

    [Fact]
    public void Two_tasks_train_one_encoder_with_a_head_each_and_both_losses_fall()
    {
        // Task 0: is this piece a number word (2 classes); task 1: is it "the" (3 classes, the third unused).
        var numbers = NumberWordExamples();
        var theId = (long)MiniLm.Onnx.Tokenizer.Vocab.Find("the", continuation: false);
        var articles = numbers.Select(e => new TokenClassificationExample(e.Ids,
            [.. e.Ids.Select((id, i) => i == 0 || i == e.Ids.Length - 1 ? TokenClassificationExample.Ignore : id == theId ? 1 : 0)]) { Task = 1 });
        var examples = numbers.Concat(articles).ToArray();
        var result = new TokenClassificationTrainer(MiniLm.Weights, new TokenClassificationOptions { Epochs = 4, BatchSize = 4, LearningRate = 3e-3 })
            .Train(examples, [2, 3]);
        output.WriteLine("loss per epoch: " + string.Join(", ", result.LossPerEpoch.Select(l => l.ToString("F4"))));
        Assert.True(result.LossPerEpoch[^1] < result.LossPerEpoch[0] * 0.7, "loss should fall");
        Assert.Equal(2, result.Heads.Count);
        Assert.Equal(384 * 2, result.Heads[0].Weight.Length);
        Assert.Equal(384 * 3, result.Heads[1].Weight.Length);
        Assert.Equal(3, result.Heads[1].Classes);
        Assert.Same(result.HeadWeight, result.Heads[0].Weight);
    }

    [Fact]
    public void An_example_for_an_unknown_task_or_outside_its_tasks_classes_is_refused()
    {
        var e = NumberWordExamples()[0];
        var trainer = new TokenClassificationTrainer(MiniLm.Weights);
        var unknown = Assert.Throws<ArgumentException>(() => trainer.Train([e with { Task = 2 }], [2, 2]));
        Assert.Contains("task 2", unknown.Message);
        var wide = new TokenClassificationExample(e.Ids, [.. e.Labels.Select(l => l == 1 ? 2 : l)]);
        Assert.Throws<ArgumentException>(() => trainer.Train([wide], [2, 3]));
    }

    private static TokenClassificationExample[] NumberWordExamples()
    {
        // why: a task the pretrained states nearly solve (is this piece a number word?), so a few steps show learning
        string[] texts =
        [
            "three men and two women came", "the council met four times", "one vote was lost by seven",
            "nine buses and six trams", "the mayor spoke for two hours", "five schools will close",
            "eight people were hurt", "ten new homes were built",
        ];
        string[] numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        var vocab = MiniLm.Onnx.Tokenizer.Vocab;
        var ids = MiniLm.Ids(texts);
        var numberIds = numbers.Select(n => (long)vocab.Find(n, continuation: false)).ToHashSet();
        return [.. ids.Select(s => new TokenClassificationExample(s,
            [.. s.Select((id, i) => i == 0 || i == s.Length - 1 ? TokenClassificationExample.Ignore : numberIds.Contains(id) ? 1 : 0)]))];
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

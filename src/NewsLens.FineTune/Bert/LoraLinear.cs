using NewsLens.FineTune.Onnx;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsLens.FineTune.Bert;

/// <summary>
/// A frozen dense layer in ONNX layout (<c>y = x W + b</c>, W <c>[in, out]</c>), optionally with a trainable low-rank
/// adapter: <c>y = x W + b + (alpha / r) x A B</c>, A <c>[in, r]</c>, B <c>[r, out]</c>. B starts at zero, so adding an
/// adapter leaves the output unchanged until training moves it.
/// </summary>
public sealed class LoraLinear : nn.Module<Tensor, Tensor>
{
    // why: RegisterComponents names parameters after these fields, so they read as PyTorch state keys (layer0.query.lora_a)
    private readonly Parameter weight;
    private readonly Parameter bias;
    private Parameter? lora_a;
    private Parameter? lora_b;
    private double _scale;

    public LoraLinear(string name, OnnxTensor weightTensor, OnnxTensor biasTensor) : base(name)
    {
        OnnxName = weightTensor.Name;
        weight = new Parameter(tensor(weightTensor.Data, weightTensor.Dims), requires_grad: false);
        bias = new Parameter(tensor(biasTensor.Data, biasTensor.Dims), requires_grad: false);
        RegisterComponents();
    }

    /// <summary>Name of the weight initializer in the ONNX graph, under which its merged value is exported.</summary>
    public string OnnxName { get; }

    public bool HasAdapter => lora_a is not null;

    /// <summary>Adds a rank-<paramref name="rank"/> adapter (A from N(0, 1/in) drawn from <paramref name="generator"/>, or the global one; B zero).</summary>
    public void AddAdapter(int rank, double alpha, Generator? generator = null)
    {
        if (HasAdapter) throw new InvalidOperationException($"{GetName()} already has an adapter");
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        long input = weight.shape[0], output = weight.shape[1];
        lora_a = new Parameter(randn([input, rank], generator: generator) / Math.Sqrt(input));
        lora_b = new Parameter(zeros(rank, output));
        register_parameter(nameof(lora_a), lora_a);
        register_parameter(nameof(lora_b), lora_b);
        _scale = alpha / rank;
    }

    public override Tensor forward(Tensor input)
    {
        var output = input.matmul(weight).add_(bias);
        if (lora_a is null || lora_b is null) return output;
        return output.add_(input.matmul(lora_a).matmul(lora_b).mul_(_scale));
    }

    /// <summary>W + (alpha / r) A B in ONNX layout <c>[in, out]</c>, detached; W itself when there is no adapter.</summary>
    public Tensor MergedWeight()
    {
        using var noGrad = no_grad();
        if (lora_a is null || lora_b is null) return weight.detach().clone();
        return weight.detach() + lora_a.matmul(lora_b).mul_(_scale);
    }
}

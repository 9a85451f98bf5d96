using TorchSharp;

namespace NewsLens.FineTune.Tests.Native;

public sealed class LibTorchSharpTests
{
    [Fact]
    public void The_native_library_loads_and_adds_two_tensors()
    {
        using var sum = torch.tensor(new float[] { 1, 2 }) + torch.tensor(new float[] { 3, 4 });
        Assert.Equal([4f, 6f], sum.data<float>().ToArray());
    }
}

using NewsLens.Analyzers.Techniques;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyzers.Techniques;

/// <summary>The committed model, loaded once for all technique tests.</summary>
public sealed class TechniqueModelFixture
{
    public TechniqueModelFixture()
    {
        var path = Path.Combine(SharedData.RepoRoot, "models", TechniqueModel.Spec.FileName);
        Model = TechniqueModel.Load(path);
    }

    public TechniqueModel Model { get; }
}

using BenchmarkDotNet.Running;

namespace NewsLens.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "techniques") return Techniques.TechniqueCorpusRun.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

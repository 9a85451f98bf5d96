using BenchmarkDotNet.Running;

namespace NewsLens.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.FirstOrDefault() == "attributions-corpus") return Attributions.AttributionsCorpusRun.Run(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

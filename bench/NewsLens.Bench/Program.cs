using BenchmarkDotNet.Running;

namespace NewsLens.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        if (Extraction.ExtractionCommands.TryRun(args) is int code) return code;
        // Plain corpus runs, dispatched by name; anything else goes to BenchmarkDotNet.
        switch (args.FirstOrDefault())
        {
            case "pipeline-corpus": return Pipeline.PipelineCorpusRun.Run(args);
            case "reading-throughput": return Reading.ReadingThroughputRun.Run(args);
            case "reading-memory": return Reading.ReadingMemoryRun.Run(args);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

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
            case "pipeline-speed": return Pipeline.PipelineSpeedRun.Run(args);
            case "extraction-score-file": return Extraction.ScoreFileCommand.Run(args[1..]);
            case "pipeline-json": return Pipeline.PipelineJsonDump.Run(args);
            case "reading-throughput": return Reading.ReadingThroughputRun.Run(args);
            case "reading-memory": return Reading.ReadingMemoryRun.Run(args);
            case "techniques": return Techniques.TechniqueCorpusRun.Run(args[1..]);
            case "verdict-head": return Verdict.VerdictHeadCost.Run(args);
            case "lean-encoder-probe": return Lean.LeanEncoderProbe.Run(args);
            case "ingest-speed": return Store.IngestSpeedRun.Run(args);
            case "search-speed": return Store.SearchSpeedRun.Run(args);
            case "pg-search-speed": return Store.PgSearchSpeedRun.Run(args);
            case "pg-queue-speed": return Store.PgQueueSpeedRun.Run(args);
        }
        if (args.FirstOrDefault() == "attributions-corpus") return Attributions.AttributionsCorpusRun.Run(args);
        if (args.Length > 0 && args[0] == "claims") return Claims.ClaimsThroughput.Run(args[1..]);
        if (args is ["verdict", .. var rest]) return Verdict.VerdictThroughput.Run(rest);
        if (args is ["lean", .. var leanArgs]) return Lean.LeanThroughput.Run(leanArgs);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

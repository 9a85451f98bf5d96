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
            case "api-load-1000w": return Web.ApiLoadRun.Run(args);
            case "stories-eval": return Stories.StoryGroupingEval.Run(args[1..]);
            case "discrepancies": return Discrepancies.DiscrepancySpecScores.Run(args[1..]);
            case "discrepancies-basil": return Discrepancies.BasilComparisonRun.Run(args[1..]);
            case "pathological": return Pathological.PathologicalRun.Run(args);
            case "pathological-one": return Pathological.PathologicalRun.RunOne(args);
            case "fuzz": return Fuzzing.FuzzRun.Run(args);
            case "fuzz-replay": return Fuzzing.FuzzRun.Replay(args);
            case "api-load": return Load.ApiLoadRun.Run(args);
            case "api-memory": return Load.ApiMemoryRun.Run(args);
            case "match-speed": return FactChecks.MatchSpeed.Run(args[1..]);
            case "factcheck-import": return FactChecks.FactCheckImport.Run(args[1..]);
            case "ingest-speed": return Store.IngestSpeedRun.Run(args);
            case "search-speed": return Store.SearchSpeedRun.Run(args);
            case "pg-search-speed": return Store.PgSearchSpeedRun.Run(args);
            case "pg-queue-speed": return Store.PgQueueSpeedRun.Run(args);
            case "pg-queue-procs": return Store.PgQueueProcsRun.Run(args);
            case "pg-queue-stub-worker": return Store.PgQueueStubWorker.Run(args);
        }
        if (args.FirstOrDefault() == "attributions-corpus") return Attributions.AttributionsCorpusRun.Run(args);
        if (args.Length > 0 && args[0] == "claims") return Claims.ClaimsThroughput.Run(args[1..]);
        if (args is ["verdict", .. var rest]) return Verdict.VerdictThroughput.Run(rest);
        if (args is ["lean", .. var leanArgs]) return Lean.LeanThroughput.Run(leanArgs);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

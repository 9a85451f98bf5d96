namespace NewsLens.Cli.Batch;

/// <summary>What a batch did, printed at its end: inputs resumed, files skipped as not articles, failures.</summary>
internal sealed class BatchSummary
{
    public int Succeeded { get; set; }
    public int Resumed { get; set; }
    public bool Interrupted { get; set; }
    public List<BatchFailure> Failures { get; } = [];
    public List<SkippedFile> NotArticles { get; } = [];

    /// <summary>Prints the summary on <paramref name="err"/> and returns the exit code.</summary>
    public int Print(TextWriter err, bool quiet)
    {
        if (Resumed > 0 && !quiet) err.WriteLine($"newslens: skipped {Resumed} inputs finished by an earlier run (--resume)");
        if (NotArticles.Count > 0)
        {
            err.WriteLine($"newslens: skipped {NotArticles.Count} file(s) that are not articles:");
            foreach (var n in NotArticles) err.WriteLine($"  {n.Location}: {n.Why}");
        }
        if (Failures.Count > 0)
        {
            err.WriteLine($"newslens: {Failures.Count} input(s) failed:");
            foreach (var f in Failures) err.WriteLine($"  {f.Location}: {f.Problem}");
        }
        if (Interrupted)
        {
            err.WriteLine($"newslens: interrupted after {Succeeded} report(s); run again with the same -o and --resume to finish");
            return ExitCodes.Interrupted;
        }
        return Failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}

namespace NewsLens.Cli.Batch;

/// <summary>What a batch did, printed at its end: inputs resumed, files skipped as not articles, failures.</summary>
internal sealed class BatchSummary
{
    // why: a folder can hold thousands of skipped files (an earlier run's reports); the summary lists a few and counts the rest
    private const int MaxListed = 20;

    public int Succeeded { get; set; }
    public int Resumed { get; set; }
    public bool Interrupted { get; set; }
    /// <summary>Who finished the inputs counted in <see cref="Resumed"/>, as the summary says it.</summary>
    public string ResumedBy { get; init; } = "an earlier run (--resume)";
    /// <summary>What to run to finish an interrupted batch, as the interruption message says it.</summary>
    public string ResumeHint { get; init; } = "run again with the same -o and --resume to finish";
    public List<BatchFailure> Failures { get; } = [];
    /// <summary>Inputs whose report was written without some analyzer's layers (it failed or hit the time limit).</summary>
    public List<BatchFailure> Partials { get; } = [];
    public List<SkippedFile> NotArticles { get; } = [];

    /// <summary>Prints the summary on <paramref name="err"/> and returns the exit code.</summary>
    public int Print(TextWriter err, bool quiet)
    {
        if (Resumed > 0 && !quiet) err.WriteLine($"newslens: skipped {Resumed} inputs finished by {ResumedBy}");
        if (NotArticles.Count > 0)
        {
            err.WriteLine($"newslens: skipped {NotArticles.Count} file(s) that are not articles:");
            foreach (var n in NotArticles.Take(MaxListed)) err.WriteLine($"  {n.Location}: {n.Why}");
            if (NotArticles.Count > MaxListed)
            {
                var rest = NotArticles.Skip(MaxListed).GroupBy(n => n.Why).Select(g => $"{g.Count()} {g.Key}");
                err.WriteLine($"  ... and {NotArticles.Count - MaxListed} more ({string.Join(", ", rest)})");
            }
        }
        if (Partials.Count > 0)
        {
            err.WriteLine($"newslens: {Partials.Count} report(s) are partial (an analyzer failed or hit the time limit; its layers are missing):");
            foreach (var p in Partials.Take(MaxListed)) err.WriteLine($"  {p.Location}: {p.Problem}");
            if (Partials.Count > MaxListed) err.WriteLine($"  ... and {Partials.Count - MaxListed} more");
        }
        if (Failures.Count > 0)
        {
            err.WriteLine($"newslens: {Failures.Count} input(s) failed:");
            foreach (var f in Failures) err.WriteLine($"  {f.Location}: {f.Problem}");
        }
        if (Interrupted)
        {
            err.WriteLine($"newslens: interrupted after {Succeeded} report(s); {ResumeHint}");
            return ExitCodes.Interrupted;
        }
        return Failures.Count > 0 ? ExitCodes.SomeFailed : Partials.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }
}

namespace NewsLens.Bench.Extraction;

/// <summary>Console entry points of the extraction benchmarks, dispatched on the first argument.</summary>
public static class ExtractionCommands
{
    /// <summary>Runs the named command and returns its exit code, or null when the name is not an extraction command.</summary>
    public static int? TryRun(string[] args) => args.Length == 0 ? null : args[0] switch
    {
        "extraction-score" => ExtractionScoreCommand.Run(args[1..]),
        "extraction-speed" => ExtractionSpeedCommand.Run(args[1..]),
        "extraction-meta" => MetadataScoreCommand.Run(args[1..]),
        "extraction-profile" => ExtractionProfileCommand.Run(args[1..]),
        "extraction-sets" => ExtractionSetsCommand.Run(args[1..]),
        _ => null,
    };
}

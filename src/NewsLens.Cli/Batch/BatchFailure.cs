namespace NewsLens.Cli.Batch;

/// <summary>One input that could not be processed, and why.</summary>
internal sealed record BatchFailure(string Location, string Problem);

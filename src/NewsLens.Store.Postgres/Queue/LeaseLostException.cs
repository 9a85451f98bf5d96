namespace NewsLens.Store.Postgres.Queue;

/// <summary>A job's lease ran out or was taken over (its fencing token moved on): the holder's work is not committed.</summary>
public sealed class LeaseLostException(string message) : Exception(message);

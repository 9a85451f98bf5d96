namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// A worker took (<see cref="Claimed"/> true) or let go of an item, at <see cref="Timestamp"/> (Stopwatch ticks);
/// <see cref="Committed"/> tells a release by commit from one by rollback. A trace of these shows who held what when.
/// </summary>
public sealed record WorkEvent(string Worker, long ItemId, bool Claimed, long Timestamp, bool Committed);

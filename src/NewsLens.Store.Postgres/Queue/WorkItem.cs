namespace NewsLens.Store.Postgres.Queue;

/// <summary>One input record waiting in the queue: its identity, where it was read, and its text and metadata as JSON.</summary>
public sealed record WorkItem(long Id, string RecordKey, string Location, string Payload);

/// <summary>What analysing a work item gave: the article to store, or the error that failed it.</summary>
public sealed record WorkResult(StoredArticle? Article, string? Error)
{
    public static WorkResult Ok(StoredArticle article) => new(article, null);
    public static WorkResult Failed(string error) => new(null, error);
}

/// <summary>Counts of the queue's items by state, and items finished per second over the last minute and hour.</summary>
public sealed record QueueCounts(long Pending, long Running, long Failed, long Done, double DonePerSecondLastMinute, double DonePerSecondLastHour, long JobsPending, long JobsRunning, long JobsFailed, long JobsDone);

/// <summary>A failed work item: its id (for <c>queue retry</c>), where it was read, its last error and the attempts made.</summary>
public sealed record QueueFailure(long Id, string Location, string Error, int Attempts);

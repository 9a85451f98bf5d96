using NewsLens.Store.Postgres;
using NewsLens.Store.Postgres.Queue;

namespace NewsLens.Cli.Store;

/// <summary>
/// Long jobs over a PostgreSQL store (a story-clustering window, re-analysis of a month) run on a lease
/// (<see cref="JobLeases"/>): one holder at a time, renewed while it works, and its writes committed only with a
/// fencing check, so a holder that froze past its lease, or lost it to another, commits nothing.
/// </summary>
internal static class StoreJobs
{
    /// <summary>The lease term; renewed every third of it.</summary>
    public static readonly TimeSpan Term = TimeSpan.FromSeconds(60);

    /// <summary>This process, as jobs and the queue name their holder.</summary>
    public static string Owner => $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// Runs <paramref name="body"/> holding job <paramref name="key"/> of <paramref name="kind"/>; the body commits
    /// through the lease it is given and should stop when the token (lease lost, or <paramref name="ct"/>) is cancelled.
    /// A body that throws marks the job failed with its error.
    /// </summary>
    /// <exception cref="JobHeldException">when another holder's lease is current; nothing ran.</exception>
    /// <exception cref="LeaseLostException">when the lease was lost before the body's commit; that commit wrote nothing.</exception>
    public static T Run<T>(PgArticleStore store, string kind, string key, Func<JobLease, CancellationToken, T> body, CancellationToken ct)
    {
        var leases = new JobLeases(store);
        var lease = leases.Acquire(kind, key, Owner, Term);
        if (lease is null)
        {
            var h = leases.Holder(kind, key);
            throw new JobHeldException($"job {kind} {key} is held by {h?.Owner ?? "another process"}{(h is { } hh ? $" until {hh.LeaseUntil:yyyy-MM-dd HH:mm:ss} UTC" : "")}; nothing was done, run it again once that job ends");
        }
        using var keeper = lease.KeepAlive(Term);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, keeper.Lost);
        try { return body(lease, both.Token); }
        catch (OperationCanceledException) when (keeper.Lost.IsCancellationRequested)
        {
            throw new LeaseLostException($"job {kind} {key}: lease lost while working (this process froze past it, or another took the job); this holder's remaining work is not committed");
        }
        catch (Exception ex) when (ex is not LeaseLostException)
        {
            // why: a failed or interrupted job is free to take again at once, without waiting for its lease to run out
            lease.Fail(ex is OperationCanceledException ? "interrupted" : ex.Message);
            throw;
        }
    }
}

/// <summary>Another holder's lease on the job is current.</summary>
internal sealed class JobHeldException(string message) : Exception(message);

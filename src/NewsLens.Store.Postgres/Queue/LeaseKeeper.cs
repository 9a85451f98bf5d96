namespace NewsLens.Store.Postgres.Queue;

/// <summary>
/// Renews a <see cref="JobLease"/> every third of its term on a thread of its own, until disposed. When a renewal finds
/// the lease gone (it ran out while this process was frozen, or another holder took the job), <see cref="Lost"/> is
/// cancelled so the work stops early; its commit would be refused anyway. A renewal that cannot reach the database is
/// tried again at the next tick.
/// </summary>
public sealed class LeaseKeeper : IDisposable
{
    private readonly CancellationTokenSource _lost = new();
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;

    internal LeaseKeeper(JobLease lease, TimeSpan term)
    {
        _thread = new Thread(() =>
        {
            while (!_stop.Wait(term / 3))
            {
                try
                {
                    if (!lease.Heartbeat(term)) { _lost.Cancel(); return; }
                }
                catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException) { }
            }
        }) { IsBackground = true, Name = $"lease {lease.Kind} {lease.Key}" };
        _thread.Start();
    }

    /// <summary>Cancelled once a renewal finds the lease lost.</summary>
    public CancellationToken Lost => _lost.Token;

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
        _lost.Dispose();
    }
}

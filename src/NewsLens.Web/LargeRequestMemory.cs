using System.Runtime;

namespace NewsLens.Web;

/// <summary>
/// Gives memory back after large requests (issue 19): an analysis of a 1 MB article allocates hundreds of megabytes,
/// and once a burst of them ends, nothing may allocate enough to start another full collection, so the heap and the
/// process stay at their peak. When the last request with a body of <c>NewsLens:Memory:CollectAfterBytes</c> or more
/// (default 1 MB; 0 turns it off) ends and no other starts within a second, one compacting, aggressive collection
/// runs on a background thread; small requests never trigger it.
/// </summary>
public static class LargeRequestMemory
{
    public const long DefaultCollectAfterBytes = 1_000_000;

    public static void UseLargeRequestMemory(this WebApplication app)
    {
        long threshold = app.Configuration.GetValue("NewsLens:Memory:CollectAfterBytes", DefaultCollectAfterBytes);
        if (threshold <= 0) return;
        var collector = new Collector(TimeSpan.FromSeconds(1));
        app.Use(async (ctx, next) =>
        {
            if (ctx.Request.ContentLength is not { } length || length < threshold)
            {
                await next();
                return;
            }
            collector.Begin();
            try { await next(); }
            finally { collector.End(); }
        });
    }

    /// <summary>Counts large requests in flight; when the count falls to zero and stays there for the quiet time, collects once.</summary>
    internal sealed class Collector(TimeSpan quiet)
    {
        private readonly Lock _gate = new();
        private int _inFlight;
        private long _generation;

        /// <summary>Collections run so far (for tests).</summary>
        public int Collections { get; private set; }

        public void Begin()
        {
            lock (_gate) { _inFlight++; _generation++; }
        }

        public void End()
        {
            long mine;
            lock (_gate)
            {
                if (--_inFlight > 0) return;
                mine = ++_generation;
            }
            _ = Task.Run(async () =>
            {
                await Task.Delay(quiet);
                lock (_gate)
                    if (_inFlight > 0 || _generation != mine) return;
                // why: compact the large-object heap too: the burst's big arrays live there, and only compaction
                // lets the runtime give whole regions back to the system
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                lock (_gate) Collections++;
            });
        }
    }
}

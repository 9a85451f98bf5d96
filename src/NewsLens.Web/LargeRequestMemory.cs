using System.Runtime;

namespace NewsLens.Web;

/// <summary>
/// Gives memory back after a burst of large requests (issue 19): analysing a 1 MB article allocates hundreds of
/// megabytes, and once the burst ends nothing may allocate enough to start another full collection, so the heap and
/// the process stay at their peak. When the last POST in flight ends, no other starts within a second, and the managed
/// heap is over <c>NewsLens:Memory:CollectAboveHeapBytes</c> (default 256 MB; 0 turns this off), one compacting,
/// aggressive collection runs on a background thread and returns the freed memory to the system. A server answering
/// small requests keeps its heap under the bound and never pays for it. (The heap size, not the request's
/// Content-Length, is what is compared: a chunked body has none.)
/// </summary>
public static class LargeRequestMemory
{
    public const long DefaultCollectAboveHeapBytes = 256L * 1024 * 1024;

    public static void UseLargeRequestMemory(this WebApplication app)
    {
        long bound = app.Configuration.GetValue("NewsLens:Memory:CollectAboveHeapBytes", DefaultCollectAboveHeapBytes);
        if (bound <= 0) return;
        var collector = new Collector(TimeSpan.FromSeconds(1), () => GC.GetGCMemoryInfo().HeapSizeBytes > bound || GC.GetTotalMemory(false) > bound);
        app.Use(async (ctx, next) =>
        {
            if (ctx.Request.Method != HttpMethods.Post)
            {
                await next();
                return;
            }
            collector.Begin();
            try { await next(); }
            finally { collector.End(); }
        });
    }

    /// <summary>Counts requests in flight; when the count falls to zero, stays there for the quiet time and
    /// <paramref name="worthIt"/> says so, collects once. Thread-safe.</summary>
    internal sealed class Collector(TimeSpan quiet, Func<bool> worthIt)
    {
        private readonly Lock _gate = new();
        private int _inFlight;
        private long _generation;
        private int _collections;

        /// <summary>Collections run so far (for tests).</summary>
        public int Collections => Volatile.Read(ref _collections);

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
                if (!worthIt()) return;
                // why: compact the large-object heap too: the burst's big arrays live there, and only compaction
                // lets the runtime give whole regions back to the system
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                Interlocked.Increment(ref _collections);
            });
        }
    }
}

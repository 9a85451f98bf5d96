using NewsLens.Web;

namespace NewsLens.Tests.Web;

public class LargeRequestMemoryTests
{
    private static async Task<int> CollectionsAfter(LargeRequestMemory.Collector c, int expected)
    {
        // why: the collection runs on a background thread; wait for it, bounded
        for (int i = 0; i < 200 && c.Collections < expected; i++) await Task.Delay(50);
        return c.Collections;
    }

    [Fact]
    public async Task One_collection_runs_when_the_last_large_request_ends()
    {
        var c = new LargeRequestMemory.Collector(TimeSpan.Zero, () => true);
        c.Begin();
        c.Begin();
        c.End();
        await Task.Delay(300);
        Assert.Equal(0, c.Collections);
        c.End();
        Assert.Equal(1, await CollectionsAfter(c, 1));
    }

    [Fact]
    public async Task A_large_request_starting_in_the_quiet_time_puts_the_collection_off_until_it_ends()
    {
        var c = new LargeRequestMemory.Collector(TimeSpan.FromMilliseconds(200), () => true);
        c.Begin();
        c.End();
        c.Begin();
        await Task.Delay(600);
        Assert.Equal(0, c.Collections);
        c.End();
        Assert.Equal(1, await CollectionsAfter(c, 1));
    }

    [Fact]
    public async Task No_collection_runs_when_the_heap_is_under_the_bound()
    {
        int asked = 0;
        var c = new LargeRequestMemory.Collector(TimeSpan.Zero, () => { Interlocked.Increment(ref asked); return false; });
        c.Begin();
        c.End();
        for (int i = 0; i < 200 && Volatile.Read(ref asked) == 0; i++) await Task.Delay(50);
        Assert.Equal(1, asked);
        Assert.Equal(0, c.Collections);
    }
}

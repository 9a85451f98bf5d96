namespace NewsLens.Pipeline;

/// <summary>
/// Counts the steps of the loops whose length depends on the input (candidates examined, quotes visited, tokens
/// scanned), per thread. Tests read it to prove a worst-case bound by counting, never by timing; a step is one
/// increment, so the cost is a thread-static add.
/// </summary>
internal static class WorkMeter
{
    [ThreadStatic] private static long t_steps;

    /// <summary>Steps counted on this thread since it started.</summary>
    public static long Steps => t_steps;

    public static void Add(long steps = 1) => t_steps += steps;

    /// <summary>Counts one step and returns true, for use inside conditions and predicates.</summary>
    public static bool Step() { t_steps++; return true; }

    /// <summary>Steps <paramref name="work"/> took on this thread.</summary>
    public static long Measure(Action work)
    {
        long before = t_steps;
        work();
        return t_steps - before;
    }
}

namespace NewsLens.Ingest.Common;

/// <summary>
/// Builds one record's item so that any exception while doing so (a parser bug, a misbehaving extractor, a stack
/// too deep, memory short for one huge record) fails that record alone, named with its position, and the reader
/// goes on to the next. Cancellation still propagates.
/// </summary>
internal static class RecordGuard
{
    public static ReadItem Build(string location, Func<ReadItem> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ReadItem.Fail(location, $"unexpected {ex.GetType().Name} while reading this record: {ex.Message}");
        }
    }

    public static ReadItem? BuildOrNull(string location, Func<ReadItem?> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ReadItem.Fail(location, $"unexpected {ex.GetType().Name} while reading this record: {ex.Message}");
        }
    }
}

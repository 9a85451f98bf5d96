namespace NewsLens.Ingest.Common;

/// <summary>
/// Builds one record's item so that any exception while doing so (a parser bug, a misbehaving extractor, a stack
/// too deep, memory short for one huge record) fails that record alone, named with its position, and the reader
/// goes on to the next. Cancellation still propagates, and so do the errors that by the readers' contract end the
/// whole input (IOException, InvalidDataException, malformed XML), which each reader already reports.
/// </summary>
internal static class RecordGuard
{
    public static ReadItem Build(string location, Func<ReadItem> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (!EndsInput(ex))
        {
            return ReadItem.Fail(location, $"unexpected {ex.GetType().Name} while reading this record: {ex.Message}");
        }
    }

    private static bool EndsInput(Exception ex) =>
        ex is OperationCanceledException or IOException or InvalidDataException or System.Xml.XmlException;

    public static ReadItem? BuildOrNull(string location, Func<ReadItem?> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (!EndsInput(ex))
        {
            return ReadItem.Fail(location, $"unexpected {ex.GetType().Name} while reading this record: {ex.Message}");
        }
    }
}

namespace NewsLens.Text;

/// <summary>
/// The layers one analyzer may read and write while the pipeline runs it: what it declared. A document holding one
/// rejects any other access, so an undeclared dependency fails where it is made instead of depending on run order.
/// </summary>
internal sealed class LayerAccess(string analyzerId, IReadOnlySet<LayerKey> readable, IReadOnlySet<LayerKey> writable)
{
    public void CheckRead(LayerKey key)
    {
        if (!readable.Contains(key))
            throw new InvalidOperationException($"analyzer '{analyzerId}' read layer '{key.Name}' without declaring it in Requires or ReadsIfPresent");
    }

    public void CheckWrite(LayerKey key)
    {
        if (!writable.Contains(key))
            throw new InvalidOperationException($"analyzer '{analyzerId}' wrote layer '{key.Name}' without declaring it in Produces");
    }
}

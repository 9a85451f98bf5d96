namespace NewsLens.Text;

/// <summary>Names an annotation layer. Compare by reference; <see cref="Name"/> is the JSON name and must be unique.</summary>
public abstract class LayerKey
{
    private protected LayerKey(string name, Type itemType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ItemType = itemType;
    }

    /// <summary>Stable lower-camel name used in reports, e.g. <c>quotes</c>.</summary>
    public string Name { get; }
    public Type ItemType { get; }
    public override string ToString() => Name;
}

/// <summary>A typed layer holding items of <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey
{
    public LayerKey(string name) : base(name, typeof(T)) { }
}

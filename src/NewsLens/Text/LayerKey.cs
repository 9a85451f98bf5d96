namespace NewsLens.Text;

/// <summary>Names an annotation layer. Compare by reference; <see cref="Name"/> is the JSON name and must be unique.</summary>
public abstract class LayerKey
{
    private protected LayerKey(string name, Type itemType, bool reported)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ItemType = itemType;
        Reported = reported;
    }

    /// <summary>Stable lower-camel name used in reports, e.g. <c>quotes</c>.</summary>
    public string Name { get; }
    public Type ItemType { get; }

    /// <summary>
    /// False for working layers that analyzers share but reports leave out (vectors: large, and meaningless to a reader).
    /// </summary>
    public bool Reported { get; }
    public override string ToString() => Name;
}

/// <summary>A typed layer holding items of <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T> : LayerKey
{
    public LayerKey(string name) : base(name, typeof(T), reported: true) { }

    /// <param name="name">the layer's unique name.</param>
    /// <param name="reported">false keeps the layer out of JSON, HTML and Markdown reports.</param>
    public LayerKey(string name, bool reported) : base(name, typeof(T), reported) { }
}

using System.Collections.Concurrent;

namespace NewsLens.Text;

/// <summary>
/// An article: its original, never-rewritten text, its metadata, its segmentation (paragraphs, sentences, tokens,
/// computed once at creation) and its typed annotation layers.
/// The text, metadata and segmentation are immutable. Layers are written by analyzers through the pipeline;
/// a document is processed by one pipeline run at a time.
/// </summary>
public sealed class Document
{
    private readonly ConcurrentDictionary<LayerKey, object> _layers = new();
    private readonly List<LayerKey> _layerOrder = [];
    private readonly Lock _orderLock = new();
    private readonly Token[] _tokens;
    // why: set by the pipeline around each analyzer, so an undeclared read or write fails at once (null outside a run)
    private LayerAccess? _access;

    private Document(string text, ArticleMetadata metadata, Segmentation segmentation)
    {
        Text = text;
        Metadata = metadata;
        Paragraphs = segmentation.Paragraphs;
        Sentences = segmentation.Sentences;
        Tokens = segmentation.Tokens;
        _tokens = segmentation.Tokens;
    }

    /// <summary>Creates a document and segments it with <paramref name="segmenter"/> (default: <see cref="Segmenter.Default"/>).</summary>
    public static Document Create(string text, ArticleMetadata? metadata = null, Segmenter? segmenter = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seg = (segmenter ?? Segmenter.Default).Segment(text);
        return new Document(text, metadata ?? ArticleMetadata.Empty, seg);
    }

    /// <summary>The original text. All offsets are UTF-16 indices into it.</summary>
    public string Text { get; }
    public ArticleMetadata Metadata { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The same tokens as <see cref="Tokens"/>, as a span: for hot loops (no interface call per token).</summary>
    public ReadOnlySpan<Token> TokenSpan => _tokens;

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The tokens of a sentence, as a slice of <see cref="Tokens"/>.</summary>
    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            yield return Tokens[i];
    }

    /// <summary>Index of the sentence that contains <paramref name="position"/>, or the next one after it; -1 past the last.</summary>
    public int SentenceIndexAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1, ans = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Sentences[mid].End > position) { ans = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return ans;
    }

    /// <summary>True when the layer has been set (possibly to an empty list).</summary>
    /// <exception cref="InvalidOperationException">inside a pipeline run, when the running analyzer did not declare the layer.</exception>
    public bool Has(LayerKey key)
    {
        _access?.CheckRead(key);
        return _layers.ContainsKey(key);
    }

    /// <summary>The items of a layer, or an empty list when it was never set.</summary>
    /// <exception cref="InvalidOperationException">inside a pipeline run, when the running analyzer did not declare the layer.</exception>
    public IReadOnlyList<T> Get<T>(LayerKey<T> key)
    {
        _access?.CheckRead(key);
        return _layers.TryGetValue(key, out var v) ? (IReadOnlyList<T>)v : [];
    }

    /// <summary>The single item of an article-level layer, or default when unset or empty.</summary>
    public T? GetSingle<T>(LayerKey<T> key) where T : class
    {
        var items = Get(key);
        return items.Count > 0 ? items[0] : null;
    }

    /// <summary>Untyped access for report writers.</summary>
    public object? GetUntyped(LayerKey key)
    {
        _access?.CheckRead(key);
        return _layers.TryGetValue(key, out var v) ? v : null;
    }

    /// <summary>Layers in the order they were first written.</summary>
    public IReadOnlyList<LayerKey> LayerKeys
    {
        get { lock (_orderLock) return [.. _layerOrder]; }
    }

    /// <summary>The <see cref="LayerKey.Reported"/> layers, in the order they were first written: what reports show.</summary>
    public IReadOnlyList<LayerKey> ReportedLayerKeys
    {
        get { lock (_orderLock) return [.. _layerOrder.Where(k => k.Reported)]; }
    }

    /// <summary>Replaces a layer. Every span of an <see cref="ISpanned"/> item must lie inside <see cref="Text"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">naming the layer, the item and the span, when a span ends past the text.</exception>
    /// <exception cref="InvalidOperationException">inside a pipeline run, when the running analyzer did not declare the layer.</exception>
    public void Set<T>(LayerKey<T> key, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(items);
        _access?.CheckWrite(key);
        if (items is IReadOnlyList<ISpanned> spanned) CheckSpans(key, spanned);
        var copy = items.ToArray();
        lock (_orderLock)
        {
            if (!_layers.ContainsKey(key)) _layerOrder.Add(key);
            _layers[key] = copy;
        }
    }

    public void SetSingle<T>(LayerKey<T> key, T item) => Set(key, [item]);

    // why: TextSpan's constructor already guarantees 0 <= Start <= End, so only the end is checked; the message is
    // formatted only when a span is wrong
    private void CheckSpans(LayerKey key, IReadOnlyList<ISpanned> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item) continue;
            foreach (var span in item.GetSpans())
                if (span.End > Text.Length)
                    throw new ArgumentOutOfRangeException("items",
                        $"layer '{key.Name}', item {i}: span [{span.Start}, {span.End}) ends past the text (length {Text.Length})");
        }
    }

    /// <summary>Limits layer access to what one analyzer declared until <see cref="EndAccess"/>; used by the pipeline.</summary>
    internal void BeginAccess(LayerAccess access) => _access = access;

    internal void EndAccess() => _access = null;
}

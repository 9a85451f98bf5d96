using NewsLens.Analyzers.Techniques;
using NewsLens.Text;

namespace NewsLens.Training.Techniques;

/// <summary>A labelled span of a PTC article, in Unicode code points of the file (end exclusive) as the corpus counts.</summary>
public readonly record struct PtcSpan(int Start, int End, string Technique);

/// <summary>
/// One PTC article: its id, its whole file text (title line included, never rewritten), and its gold spans:
/// <see cref="SiSpans"/> from the task-1 labels and <see cref="TcSpans"/> from the task-2 labels, in code points.
/// </summary>
public sealed class PtcArticle(string id, string text, IReadOnlyList<PtcSpan> siSpans, IReadOnlyList<PtcSpan> tcSpans)
{
    public string Id { get; } = id;
    public string Text { get; } = text;
    public IReadOnlyList<PtcSpan> SiSpans { get; } = siSpans;
    public IReadOnlyList<PtcSpan> TcSpans { get; } = tcSpans;

    private CodePointMap? _offsets;
    internal CodePointMap Offsets => _offsets ??= new CodePointMap(Text);

    /// <summary>A code-point span as a UTF-16 <see cref="TextSpan"/> of <see cref="Text"/>.</summary>
    public TextSpan ToUtf16(PtcSpan s) => new(Offsets.ToUtf16(s.Start), Offsets.ToUtf16(s.End));

    /// <summary>A UTF-16 span as code points (start, end).</summary>
    public (int Start, int End) ToCodePoints(TextSpan s) => (Offsets.ToCodePoint(s.Start), Offsets.ToCodePoint(s.End));
}

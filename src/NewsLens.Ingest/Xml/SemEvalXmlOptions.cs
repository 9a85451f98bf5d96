using NewsLens.Ingest.Common;

namespace NewsLens.Ingest.Xml;

/// <summary>How <see cref="SemEvalXmlReader"/> builds article texts.</summary>
public sealed record SemEvalXmlOptions
{
    public static readonly SemEvalXmlOptions Default = new();

    /// <summary>
    /// When false (default) only text inside block elements (<c>p</c>, <c>q</c>, <c>blockquote</c>, headings, list
    /// items) is kept: in the SemEval dumps the loose text between them is image credits and ad teasers. An article
    /// without any block text falls back to its loose text either way.
    /// </summary>
    public bool IncludeLooseText { get; init; }

    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;
}

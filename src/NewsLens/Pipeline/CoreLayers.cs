using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>Layers every document has from creation (its segmentation). Analyzers may list them in <c>Requires</c>.</summary>
public static class CoreLayers
{
    public static readonly LayerKey<Paragraph> Paragraphs = new("paragraphs");
    public static readonly LayerKey<Sentence> Sentences = new("sentences");
    public static readonly LayerKey<Token> Tokens = new("tokens");

    public static readonly IReadOnlyList<LayerKey> All = [Paragraphs, Sentences, Tokens];
}

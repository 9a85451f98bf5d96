using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Analyzers.Quantities;

/// <summary>
/// Finds quantities (counts, money, percentages, measures, dates) written in digits or words, with their qualifier,
/// range, unit and counted noun, and writes them to <see cref="QuantityLayers.Quantities"/>.
/// Rule-based, no model file. Stateless and thread-safe.
/// </summary>
public sealed class QuantityExtractor : IAnalyzer
{
    public AnalyzerInfo Info { get; } = new("newslens.quantities.v1", "1.0.0");
    public IReadOnlyList<LayerKey> Requires { get; } = [CoreLayers.Sentences, CoreLayers.Tokens];
    public IReadOnlyList<LayerKey> Produces { get; } = [QuantityLayers.Quantities];

    public void Analyze(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(QuantityLayers.Quantities, Extract(document, cancellationToken));
    }

    /// <summary>Every quantity in <paramref name="document"/>, in text order; sentences are parsed independently.</summary>
    public static List<Quantity> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<Quantity>();
        foreach (var s in document.Sentences)
        {
            if ((s.Index & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            ExtractRange(document.Text, document.Tokens, s.FirstToken, s.FirstToken + s.TokenCount, result);
        }
        return result;
    }

    /// <summary>Appends the quantities found in tokens <c>[from, to)</c> of <paramref name="tokens"/> to <paramref name="output"/>.</summary>
    public static void ExtractRange(string text, IReadOnlyList<Token> tokens, int from, int to, List<Quantity> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        if (from < 0 || to > tokens.Count || from > to) throw new ArgumentOutOfRangeException(nameof(from));
        new QuantityParser(text, tokens, from, to).Parse(output);
    }
}

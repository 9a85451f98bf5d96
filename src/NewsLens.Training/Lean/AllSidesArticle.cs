using NewsLens.Text;

namespace NewsLens.Training.Lean;

/// <summary>
/// One labelled AllSides article (Baly et al. 2020) ready for training: its document as the <c>json</c> reader gives
/// it (the same rendering analysis reads), the label index (0 left, 1 center, 2 right, as in the split files), and
/// the outlet host (<c>source_url</c>) and outlet name (<c>source</c>), which group and mask but are never features.
/// </summary>
public sealed record AllSidesArticle(string Id, int Label, string Host, string Source, Document Doc);

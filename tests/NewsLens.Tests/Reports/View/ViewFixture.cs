using NewsLens.Analyzers.Attributions;
using NewsLens.Analyzers.Claims;
using NewsLens.Analyzers.Techniques;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Tests.Reports.View;

/// <summary>A short article of our own with technique, attribution and claim layers set by hand.</summary>
internal static class ViewFixture
{
    public const string Text = "Corrupt elites lied again. \"We paid 40 invoices,\" said Jane Roe.\n\nThe shameful cover-up must end now.";

    public static TextSpan At(string part, int from = 0)
    {
        int i = Text.IndexOf(part, from, StringComparison.Ordinal);
        return new TextSpan(i, i + part.Length);
    }

    public static AnalysisResult Result(ArticleMetadata? metadata = null)
    {
        var doc = Document.Create(Text, metadata ?? new ArticleMetadata { Title = "Cover-up" });
        doc.Set(TechniqueLayers.Techniques, [
            new TechniqueSpan(At("Corrupt elites"), "Loaded_Language", 0.9, 0.8, "loaded words: corrupt"),
            new TechniqueSpan(At("shameful cover-up"), "Loaded_Language", 0.3, 0.4, "loaded words: shameful"),
            new TechniqueSpan(At("must end now"), "Slogans", 0.6, 0.5, "short imperative"),
        ]);
        var content = At("\"We paid 40 invoices,\"");
        doc.Set(AttributionLayers.Attributions, [
            new Attribution(At("Jane Roe"), At("said"), content, [content], AttributionKind.Direct,
                new Speaker("Jane Roe", At("Jane Roe"), SpeakerResolution.Named), false, 0.95),
        ]);
        doc.Set(ClaimLayers.Claims, [
            new Claim(At("\"We paid 40 invoices,\" said Jane Roe."), 1, 0.88, 1, ClaimClass.CheckWorthy, [], [], new ClaimAttribution(At("Jane Roe"), At("said"), "Jane Roe")),
            new Claim(At("Corrupt elites lied again."), 0, 0.2, 2, ClaimClass.Opinion, [], [], null),
        ]);
        return new AnalysisResult(doc, [], []);
    }
}

using System.Reflection;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Web.Articles;

/// <summary>
/// What is kept of an analysis: the text, its segmentation and the reported layers, without the working layers the
/// pipeline leaves behind (the encoder's token and sentence vectors, megabytes per article), so a thousand kept
/// articles cost what their reports cost.
/// </summary>
internal static class KeptResult
{
    private static readonly MethodInfo SetMethod = typeof(Document).GetMethods().Single(m => m.Name == nameof(Document.Set) && m.IsGenericMethodDefinition);

    public static AnalysisResult Of(AnalysisResult result, Segmenter segmenter)
    {
        var source = result.Document;
        if (source.LayerKeys.All(k => k.Reported)) return result;
        // why: segmentation is deterministic, so the same segmenter over the same text gives the same paragraphs,
        // sentences and tokens the layers' indices refer to
        var kept = Document.Create(source.Text, source.Metadata, segmenter);
        foreach (var key in source.ReportedLayerKeys)
            SetMethod.MakeGenericMethod(key.ItemType).Invoke(kept, [key, source.GetUntyped(key)]);
        return result with { Document = kept };
    }
}

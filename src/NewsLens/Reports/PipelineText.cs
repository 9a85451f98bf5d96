using NewsLens.Pipeline;

namespace NewsLens.Reports;

/// <summary>The pipeline line of HTML and Markdown reports: name, encoder and the short hashes of its weights.</summary>
internal static class PipelineText
{
    public static string Describe(PipelineInfo info)
    {
        if (info.Encoder is not { } e) return info.Name;
        var text = $"{info.Name} (encoder {e.Name}, sha256 {e.Sha256[..Math.Min(12, e.Sha256.Length)]}";
        if (e.OverridesSha256 is { } o) text += $", fine-tuned weights {o[..Math.Min(12, o.Length)]}";
        return text + ")";
    }
}

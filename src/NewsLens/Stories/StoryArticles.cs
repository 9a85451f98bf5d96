using NewsLens.Text;
using NewsLens.Vectors;

namespace NewsLens.Stories;

/// <summary>Builds what story clustering reads from an analysed document.</summary>
public static class StoryArticles
{
    /// <summary>Sentences whose mean vector stands for an article's lead.</summary>
    public const int LeadSentences = 3;

    /// <summary>The story view of <paramref name="document"/>: its title, text, date and outlet from the metadata and,
    /// when the encoder ran, the unit mean of its first <see cref="LeadSentences"/> sentence vectors.</summary>
    public static StoryArticle From(string id, Document document)
    {
        var meta = document.Metadata;
        return new StoryArticle(id, meta.Title, document.Text, meta.Published, meta.SiteName ?? Host(meta.Url))
        {
            Vector = document.GetSingle(VectorLayers.Sentences) is { Count: > 0 } table ? LeadVector(table) : null,
        };
    }

    private static float[] LeadVector(VectorTable table)
    {
        var mean = new float[table.Dimension];
        table.AddMean(0, Math.Min(LeadSentences, table.Count), mean);
        double norm = 0;
        foreach (var x in mean) norm += x * (double)x;
        norm = Math.Sqrt(norm);
        if (norm > 0) for (int i = 0; i < mean.Length; i++) mean[i] = (float)(mean[i] / norm);
        return mean;
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? (u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host) : null;
}

using System.Globalization;
using System.Text.Json;
using NewsLens.Store;

namespace NewsLens.Cli.Store;

/// <summary>Search hits as text (two lines each: id, title, outlet, date, verdict, lean; then the snippet) or as JSON Lines.</summary>
internal static class SearchOutput
{
    public const string Text = "text";
    public const string JsonLines = "jsonl";
    public static readonly string[] Formats = [Text, JsonLines];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static void Write(IReadOnlyList<SearchHit> hits, string format, TextWriter output)
    {
        foreach (var h in hits)
        {
            if (format == JsonLines)
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    h.Id, h.Title, h.Outlet, Published = h.Published is { } p ? StoreDates.Show(p) : null, h.Url, h.Verdict, h.Lean,
                    Rank = Math.Round(h.Rank, 4), h.Snippet,
                }, Json));
                continue;
            }
            string verdict = h.Verdict is { } v ? string.Create(CultureInfo.InvariantCulture, $"  verdict {v:0.00}") : "";
            string lean = h.Lean is null ? "" : $"  lean {h.Lean}";
            output.WriteLine($"{h.Id}\t{h.Title ?? "(untitled)"}  [{h.Outlet ?? "?"}, {StoreDates.Show(h.Published)}]{verdict}{lean}");
            output.WriteLine($"\t{h.Snippet}");
        }
    }
}

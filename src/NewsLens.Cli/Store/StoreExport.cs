using System.Globalization;
using System.Text;
using NewsLens.Store;

namespace NewsLens.Cli.Store;

/// <summary>
/// Writes every stored article in id order: JSON Lines (each stored report on one line) or CSV with a header (store id,
/// source id, title, outlet, date, URL, pipeline, verdict, lean, check-worthy claims, story, text), RFC 4180 quoting.
/// </summary>
internal static class StoreExport
{
    public static readonly string[] Formats = ["jsonl", "csv"];

    private static readonly string[] Header = ["id", "source_id", "title", "outlet", "published", "url", "pipeline", "hyperpartisan_probability", "lean", "check_worthy_claims", "story", "text"];

    /// <returns>articles written.</returns>
    public static long Write(IArticleStore store, string format, TextWriter output)
    {
        long n = 0;
        if (format == "csv") output.WriteLine(string.Join(',', Header));
        foreach (var a in store.Articles())
        {
            if (format == "jsonl") output.WriteLine(store.Report(a.Id, indented: false));
            else
                output.WriteLine(string.Join(',', new[]
                {
                    a.Id.ToString(CultureInfo.InvariantCulture), a.SourceId, a.Title, a.Outlet, a.Published?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    a.Url, a.Pipeline, a.Verdict?.ToString("0.####", CultureInfo.InvariantCulture), a.Lean, a.CheckWorthyClaims.ToString(CultureInfo.InvariantCulture), a.Story, a.Text,
                }.Select(Csv)));
            n++;
        }
        output.Flush();
        return n;
    }

    private static string Csv(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        if (field.IndexOfAny([',', '"', '\n', '\r']) < 0) return field;
        return '"' + field.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
    }
}

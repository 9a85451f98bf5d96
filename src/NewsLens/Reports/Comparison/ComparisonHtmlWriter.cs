using System.Text.Encodings.Web;

namespace NewsLens.Reports.Comparison;

/// <summary>A self-contained HTML page: per discrepancy, the article's and the source's sentence in two columns, the changed item marked.</summary>
public sealed class ComparisonHtmlWriter : IComparisonWriter
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Default;

    public string Name => "html";

    public void Write(TextWriter writer, ComparisonReport report)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Enc.Encode($"{report.Article.Id} against {report.Source.Id}") + "</title>");
        writer.WriteLine("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}"
            + "th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top;text-align:left}mark{background:#ffe08a}caption{text-align:left;font-weight:bold}</style></head><body>");
        writer.WriteLine($"<h1>{Enc.Encode(report.Article.Id)} against {Enc.Encode(report.Source.Id)}</h1>");
        writer.WriteLine($"<p>{ComparisonTextWriter.Plural(report.Discrepancies.Count)}; {report.AlignedSentences} of {report.ArticleSentences} article sentences aligned with the source ({Enc.Encode(report.Pipeline)} pipeline).</p>");
        if (report.Discrepancies.Count > 0)
        {
            writer.WriteLine("<table><thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Article</th><th scope=\"col\">Source</th><th scope=\"col\">What changed</th></tr></thead><tbody>");
            foreach (var d in report.Discrepancies)
                writer.WriteLine($"<tr><td>{Enc.Encode(d.Kind)}</td><td>{Marked(d.ArticlePassage, d.ArticleSentence, d.ArticleSpan)}</td><td>{Marked(d.SourcePassage, d.SourceSentence, d.SourceSpan)}</td><td>{Enc.Encode(d.Explanation)}</td></tr>");
            writer.WriteLine("</tbody></table>");
        }
        writer.WriteLine("</body></html>");
    }

    private static string Marked(string passage, Text.TextSpan sentence, Text.TextSpan item)
    {
        if (item == sentence || !sentence.Contains(item)) return Enc.Encode(passage);
        int s = item.Start - sentence.Start, e = item.End - sentence.Start;
        return Enc.Encode(passage[..s]) + "<mark>" + Enc.Encode(passage[s..e]) + "</mark>" + Enc.Encode(passage[e..]);
    }
}

namespace NewsLens.Reports.Comparison;

/// <summary>Plain text: a line per discrepancy, then the article's and the source's sentence under it.</summary>
public sealed class ComparisonTextWriter : IComparisonWriter
{
    public string Name => "text";

    public void Write(TextWriter writer, ComparisonReport report)
    {
        writer.WriteLine($"{report.Article.Id} against {report.Source.Id} ({report.Pipeline} pipeline): {report.AlignedSentences} of {report.ArticleSentences} article sentences aligned, {Plural(report.Discrepancies.Count)}");
        foreach (var d in report.Discrepancies)
        {
            writer.WriteLine();
            writer.WriteLine($"{d.Kind}: {d.Explanation}");
            writer.WriteLine($"  article [{d.ArticleSentence}]: {OneLine(d.ArticlePassage)}");
            writer.WriteLine($"  source  [{d.SourceSentence}]: {OneLine(d.SourcePassage)}");
        }
    }

    internal static string Plural(int n) => n == 1 ? "1 discrepancy" : $"{n} discrepancies";

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}

namespace NewsLens.Reports.Comparison;

/// <summary>Markdown: a heading, then a table with the kind, both passages side by side (changed item in bold) and the explanation.</summary>
public sealed class ComparisonMarkdownWriter : IComparisonWriter
{
    public string Name => "md";

    public void Write(TextWriter writer, ComparisonReport report)
    {
        writer.WriteLine($"# {Cell(report.Article.Id)} against {Cell(report.Source.Id)}");
        writer.WriteLine();
        writer.WriteLine($"{ComparisonTextWriter.Plural(report.Discrepancies.Count)}; {report.AlignedSentences} of {report.ArticleSentences} article sentences aligned with the source ({report.Pipeline} pipeline).");
        if (report.Discrepancies.Count == 0) return;
        writer.WriteLine();
        writer.WriteLine("| Kind | Article | Source | What changed |");
        writer.WriteLine("|---|---|---|---|");
        foreach (var d in report.Discrepancies)
            writer.WriteLine($"| {d.Kind} | {Bold(d.ArticlePassage, d.ArticleSentence, d.ArticleSpan)} | {Bold(d.SourcePassage, d.SourceSentence, d.SourceSpan)} | {Cell(d.Explanation)} |");
    }

    // why: the changed item is bold inside its sentence; a whole-sentence span (nothing to point at) stays plain
    private static string Bold(string passage, Text.TextSpan sentence, Text.TextSpan item)
    {
        if (item == sentence || !sentence.Contains(item)) return Cell(passage);
        int s = item.Start - sentence.Start, e = item.End - sentence.Start;
        return Cell(passage[..s]) + "**" + Cell(passage[s..e]) + "**" + Cell(passage[e..]);
    }

    private static string Cell(string s) => s.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);
}

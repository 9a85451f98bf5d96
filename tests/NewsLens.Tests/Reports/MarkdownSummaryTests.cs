using NewsLens.Reports.Markdown;
using NewsLens.Tests.Reports.View;

namespace NewsLens.Tests.Reports;

public class MarkdownSummaryTests
{
    [Fact]
    public void The_markdown_report_carries_the_html_summary_with_the_same_counts()
    {
        var md = MarkdownReportWriter.Render(ViewFixture.Result());
        Assert.Contains("## Verdict: none (the verdict layer did not run)", md);
        Assert.Contains("## Top claims (1 check-worthy)\n\n1. “\"We paid 40 invoices,\" said Jane Roe.” (score 0.88); said by Jane Roe", md);
        Assert.Contains("## Quotes by speaker (1)\n\n- **Jane Roe** (1): “\"We paid 40 invoices,\"”", md);
        Assert.Contains("## Techniques (3)\n\n- Loaded Language: 2\n- Slogans: 1", md);
        Assert.Contains("## techniques (3)", md);
        Assert.True(md.IndexOf("## Top claims", StringComparison.Ordinal) < md.IndexOf("## techniques (3)", StringComparison.Ordinal));
    }
}

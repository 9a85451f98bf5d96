using System.Globalization;
using System.Text;
using NewsLens.Analyzers.Verdict;

namespace NewsLens.Training.Verdict;

/// <summary>Draws a reliability diagram (observed rate against mean predicted probability per bin) as a small standalone SVG.</summary>
public static class ReliabilitySvg
{
    public static string Render(IReadOnlyList<ReliabilityBin> bins, string title)
    {
        const int size = 320, pad = 40;
        double plot = size - 2 * pad;
        string X(double p) => (pad + p * plot).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(double p) => (size - pad - p * plot).ToString("0.#", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"{Escape(title)}\">\n");
        sb.Append($"<title>{Escape(title)}</title>\n<rect width=\"{size}\" height=\"{size}\" fill=\"white\"/>\n");
        sb.Append($"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>\n");
        sb.Append($"<rect x=\"{X(0)}\" y=\"{Y(1)}\" width=\"{plot}\" height=\"{plot}\" fill=\"none\" stroke=\"#333\"/>\n");
        for (int t = 0; t <= 10; t += 2)
        {
            double p = t / 10.0;
            sb.Append($"<text x=\"{X(p)}\" y=\"{size - pad + 14}\" text-anchor=\"middle\">{p:0.0}</text>");
            sb.Append($"<text x=\"{pad - 6}\" y=\"{Y(p)}\" text-anchor=\"end\" dominant-baseline=\"middle\">{p:0.0}</text>\n");
        }
        sb.Append($"<text x=\"{size / 2}\" y=\"{size - 8}\" text-anchor=\"middle\">mean predicted probability</text>\n");
        sb.Append($"<text x=\"12\" y=\"{size / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {size / 2})\">observed hyperpartisan rate</text>\n");
        sb.Append($"<text x=\"{size / 2}\" y=\"18\" text-anchor=\"middle\" font-weight=\"bold\">{Escape(title)}</text>\n");
        var used = bins.Where(b => b.Count > 0).ToList();
        if (used.Count > 1)
            sb.Append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"")
              .Append(string.Join(' ', used.Select(b => $"{X(b.MeanPredicted)},{Y(b.ObservedRate)}"))).Append("\"/>\n");
        int max = Math.Max(1, bins.Max(b => b.Count));
        foreach (var b in used)
        {
            double r = 2.5 + 5.5 * Math.Sqrt((double)b.Count / max);
            sb.Append($"<circle cx=\"{X(b.MeanPredicted)}\" cy=\"{Y(b.ObservedRate)}\" r=\"{r.ToString("0.#", CultureInfo.InvariantCulture)}\" fill=\"#1f5fa8\"><title>{b.From:0.0}-{b.To:0.0}: {b.Count} articles, predicted {b.MeanPredicted:0.00}, observed {b.ObservedRate:0.00}</title></circle>\n");
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\"", "&quot;");
}

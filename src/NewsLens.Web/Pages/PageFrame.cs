using System.Text;
using System.Text.Encodings.Web;

namespace NewsLens.Web.Pages;

/// <summary>The head, site navigation and end shared by the app's own pages: the app's style sheet, no script.</summary>
internal static class PageFrame
{
    public static StringBuilder Open(string title)
    {
        var enc = HtmlEncoder.Default;
        return new StringBuilder().Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>
            """).Append(enc.Encode(title)).Append(" · NewsLens</title><link rel=\"stylesheet\" href=\"/assets/report.css\"></head>\n")
            .Append("<body><a class=\"skip\" href=\"#main\">Skip to the content</a>\n<header class=\"head\"><p class=\"brand\">NewsLens</p><h1>").Append(enc.Encode(title)).Append("</h1>\n")
            .Append("<nav aria-label=\"Site\"><p class=\"byline\"><a href=\"/\">Analyse an article</a> · <a href=\"/search\">Search</a> · <a href=\"/stories\">Stories</a> · <a href=\"/dashboard\">Dashboard</a></p></nav></header>\n")
            .Append("<main class=\"wrap\" id=\"main\">\n");
    }

    public static string Close(StringBuilder sb) => sb.Append("</main></body></html>\n").ToString();
}

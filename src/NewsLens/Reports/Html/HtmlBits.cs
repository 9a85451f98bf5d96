using System.Text;
using System.Text.Encodings.Web;
using NewsLens.Reports.View;

namespace NewsLens.Reports.Html;

/// <summary>Small helpers every part of the HTML report shares.</summary>
internal static class HtmlBits
{
    /// <summary>Encodes text for element content and quoted attributes alike.</summary>
    public static readonly HtmlEncoder Enc = HtmlEncoder.Default;

    /// <summary>A CSS- and id-safe identifier for a layer name (ASCII letters and digits only).</summary>
    public static string Id(string name) => new([.. name.Where(char.IsAsciiLetterOrDigit)]);

    /// <summary>The element id of an item's caption in the article text, which summary links land on.</summary>
    public static string AnchorOf(string layer, int index) => $"i-{Id(layer)}-{index}";

    public static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    public static string Humanize(string camel)
    {
        var sb = new StringBuilder(camel.Length + 4);
        for (int i = 0; i < camel.Length; i++)
        {
            char c = camel[i];
            if (i == 0) sb.Append(char.ToUpperInvariant(c));
            else if (char.IsUpper(c)) sb.Append(' ').Append(char.ToLowerInvariant(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A link to an item's span: a plain fragment link, which the page's script turns into "show that layer, scroll to
    /// the span and focus it". <paramref name="html"/> is already encoded.
    /// </summary>
    public static StringBuilder AppendGo(this StringBuilder sb, ItemRef? where, string html)
    {
        if (where is null) return sb.Append(html);
        return sb.Append("<a href=\"#").Append(AnchorOf(where.Layer, where.Index)).Append("\" data-go=\"").Append(Id(where.Layer))
          .Append(':').Append(where.Index).Append("\">").Append(html).Append("</a>");
    }
}

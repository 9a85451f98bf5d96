using AngleSharp.Dom;

namespace NewsLens.Ingest.Html;

/// <summary>
/// A metadata candidate seen in the body. Its text is read only when asked: most pages settle authors and dates from
/// the head, and reading the text of every "date"-classed element would cost a subtree walk each.
/// </summary>
internal sealed class BodyHint(string key, string? value, IElement? element = null, bool authorName = false)
{
    private string? _value = value;

    public string Key { get; } = key;

    /// <summary>The element the hint was read from, when it came from one.</summary>
    public IElement? Element { get; } = element;

    public string Value => _value ??= Element is null ? string.Empty : authorName ? AuthorText(Element) : Element.TextContent;

    private static string AuthorText(IElement element)
    {
        // why: microdata authors nest the name in itemprop="name"; the element's own text may add a role or a link label.
        foreach (var child in element.QuerySelectorAll("[itemprop=name]"))
        {
            var v = child.GetAttribute("content") ?? child.TextContent;
            if (!string.IsNullOrWhiteSpace(v))
                return v;
        }
        return element.TextContent;
    }
}

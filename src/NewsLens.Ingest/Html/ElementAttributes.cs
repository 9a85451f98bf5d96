using AngleSharp.Dom;

namespace NewsLens.Ingest.Html;

/// <summary>
/// The attributes the walker reads, gathered in one pass over an element's attribute list (instead of a dozen
/// name lookups per element, which dominated the walk).
/// </summary>
internal struct ElementAttributes
{
    public string? Class, Id, Role, ItemProp, Style, Rel, Href, Content, DateTime, Type;
    public bool Hidden, AriaHidden;

    public static ElementAttributes Read(IElement element)
    {
        var a = new ElementAttributes();
        var attributes = element.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            var attr = attributes[i];
            if (attr is null)
                continue;
            var value = attr.Value;
            switch (attr.Name)
            {
                case "class": a.Class = value; break;
                case "id": a.Id = value; break;
                case "role": a.Role = value; break;
                case "itemprop": a.ItemProp = value; break;
                case "style": a.Style = value; break;
                case "rel": a.Rel = value; break;
                case "href": a.Href = value; break;
                case "content": a.Content = value; break;
                case "datetime": a.DateTime = value; break;
                case "type": a.Type = value; break;
                case "hidden": a.Hidden = true; break;
                case "aria-hidden": a.AriaHidden = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase); break;
            }
        }
        return a;
    }
}

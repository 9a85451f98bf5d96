using System.Collections.Frozen;

namespace NewsLens.Ingest.Html;

/// <summary>Tag-name and class/id rules: what is a block, what is never text, what is page furniture.</summary>
internal static class ElementRules
{
    private static readonly FrozenDictionary<string, ElementKind> Kinds = new Dictionary<string, ElementKind>
    {
        ["p"] = ElementKind.Paragraph,
        ["h1"] = ElementKind.Heading, ["h2"] = ElementKind.Heading, ["h3"] = ElementKind.Heading,
        ["h4"] = ElementKind.Heading, ["h5"] = ElementKind.Heading, ["h6"] = ElementKind.Heading,
        ["li"] = ElementKind.ListItem, ["dt"] = ElementKind.ListItem, ["dd"] = ElementKind.ListItem,
        ["blockquote"] = ElementKind.Quote,
        ["pre"] = ElementKind.Preformatted,
        ["td"] = ElementKind.TableCell, ["th"] = ElementKind.TableCell, ["caption"] = ElementKind.Container, ["tr"] = ElementKind.TableRow,
        ["br"] = ElementKind.LineBreak,
        ["div"] = ElementKind.Container, ["section"] = ElementKind.Container, ["article"] = ElementKind.Container,
        ["main"] = ElementKind.Container, ["body"] = ElementKind.Container, ["html"] = ElementKind.Container,
        ["ul"] = ElementKind.Container, ["ol"] = ElementKind.Container, ["dl"] = ElementKind.Container,
        ["table"] = ElementKind.Container, ["tbody"] = ElementKind.Container, ["thead"] = ElementKind.Container,
        ["tfoot"] = ElementKind.Container, ["figure"] = ElementKind.Container,
        ["header"] = ElementKind.Container, ["footer"] = ElementKind.Container, ["nav"] = ElementKind.Container,
        ["aside"] = ElementKind.Container, ["form"] = ElementKind.Container, ["fieldset"] = ElementKind.Container,
        ["address"] = ElementKind.Container, ["center"] = ElementKind.Container, ["details"] = ElementKind.Container,
        ["summary"] = ElementKind.Container, ["hgroup"] = ElementKind.Container, ["hr"] = ElementKind.Container,
        ["figcaption"] = ElementKind.Container, ["legend"] = ElementKind.Container, ["menu"] = ElementKind.Container,
        ["dialog"] = ElementKind.Container, ["frameset"] = ElementKind.Container,
        ["script"] = ElementKind.Skip, ["style"] = ElementKind.Skip, ["noscript"] = ElementKind.Skip,
        ["template"] = ElementKind.Skip, ["svg"] = ElementKind.Skip, ["math"] = ElementKind.Skip,
        ["iframe"] = ElementKind.Skip, ["object"] = ElementKind.Skip, ["embed"] = ElementKind.Skip,
        ["canvas"] = ElementKind.Skip, ["video"] = ElementKind.Skip, ["audio"] = ElementKind.Skip,
        ["select"] = ElementKind.Skip, ["option"] = ElementKind.Skip, ["button"] = ElementKind.Skip,
        ["input"] = ElementKind.Skip, ["textarea"] = ElementKind.Skip, ["head"] = ElementKind.Skip,
        ["title"] = ElementKind.Skip, ["img"] = ElementKind.Skip, ["picture"] = ElementKind.Skip,
        ["map"] = ElementKind.Skip, ["label"] = ElementKind.Skip, ["link"] = ElementKind.Skip,
        ["meta"] = ElementKind.Skip, ["source"] = ElementKind.Skip, ["base"] = ElementKind.Skip,
        ["amp-ad"] = ElementKind.Skip, ["amp-embed"] = ElementKind.Skip, ["amp-analytics"] = ElementKind.Skip,
        ["amp-sidebar"] = ElementKind.Skip, ["amp-social-share"] = ElementKind.Skip, ["amp-iframe"] = ElementKind.Skip,
        ["amp-video"] = ElementKind.Skip, ["amp-img"] = ElementKind.Skip, ["amp-consent"] = ElementKind.Skip,
        ["amp-user-notification"] = ElementKind.Skip, ["amp-geo"] = ElementKind.Skip, ["amp-pixel"] = ElementKind.Skip,
        ["amp-sticky-ad"] = ElementKind.Skip, ["amp-list"] = ElementKind.Skip, ["amp-twitter"] = ElementKind.Skip,
        ["amp-instagram"] = ElementKind.Skip, ["amp-youtube"] = ElementKind.Skip, ["amp-state"] = ElementKind.Skip,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // why: tags that are page furniture by definition; their text never belongs to the article body.
    private static readonly FrozenSet<string> FurnitureTags = new[]
    {
        "nav", "footer", "aside", "header", "figcaption", "menu", "dialog", "address", "legend",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static ElementKind KindOf(string localName)
    {
        if (Kinds.TryGetValue(localName, out var kind))
            return kind;
        // why: custom elements (amp-*, story-body, ...) are layout wrappers far more often than inline runs.
        return localName.Contains('-') ? ElementKind.Container : ElementKind.Inline;
    }

    public static bool IsFurnitureTag(string localName) => FurnitureTags.Contains(localName);

    public static bool IsBlock(ElementKind kind) => kind is not (ElementKind.Inline or ElementKind.Skip or ElementKind.LineBreak or ElementKind.TableCell);
}

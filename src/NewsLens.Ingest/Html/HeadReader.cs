using AngleSharp.Dom;

namespace NewsLens.Ingest.Html;

/// <summary>Reads title, meta, link and base elements. Looks at the head's direct children only, so it is flat.</summary>
internal static class HeadReader
{
    public static HeadInfo Read(IDocument document)
    {
        var info = new HeadInfo { Language = document.DocumentElement?.GetAttribute("lang") };
        var head = document.Head;
        if (head is null)
            return info;
        // why: ChildNodes indexes in O(1); the Children collection filters on every access.
        var children = head.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is not AngleSharp.Dom.IElement el)
                continue;
            switch (el.LocalName)
            {
                case "title":
                    info.Title ??= el.TextContent;
                    break;
                case "base":
                    info.BaseHref ??= el.GetAttribute("href");
                    break;
                case "link":
                    ReadLink(el, info);
                    break;
                case "meta":
                    ReadMeta(el, info);
                    break;
            }
        }
        return info;
    }

    private static void ReadLink(IElement el, HeadInfo info)
    {
        var rel = el.GetAttribute("rel");
        var href = el.GetAttribute("href");
        if (rel is null || string.IsNullOrWhiteSpace(href))
            return;
        if (rel.Equals("canonical", StringComparison.OrdinalIgnoreCase))
            info.Canonical ??= href.Trim();
        else if (rel.Equals("amphtml", StringComparison.OrdinalIgnoreCase))
            info.AmpHtml ??= href.Trim();
    }

    private static void ReadMeta(IElement el, HeadInfo info)
    {
        var key = el.GetAttribute("property") ?? el.GetAttribute("name") ?? el.GetAttribute("itemprop") ?? el.GetAttribute("http-equiv");
        var content = el.GetAttribute("content");
        if (key is null || content is null)
            return;
        info.Metas.Add((key.Trim().ToLowerInvariant(), content));
    }
}

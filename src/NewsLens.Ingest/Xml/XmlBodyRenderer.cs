using System.Text;
using NewsLens.Text;

namespace NewsLens.Ingest.Xml;

/// <summary>
/// Renders body events to text: whitespace runs collapse to one space, blocks become paragraphs separated by
/// "\n\n", and each link's anchor gets its span in the rendered text.
/// </summary>
internal static class XmlBodyRenderer
{
    public static (string Text, List<Link> Links) Render(List<XmlBodyEvent> events, bool includeLoose)
    {
        var sb = new StringBuilder();
        var links = new List<Link>();
        var open = new Stack<(string Href, int Start)>();
        bool pendingSpace = false, pendingBreak = false;
        foreach (var e in events)
        {
            if (!includeLoose && !e.InBlock && e.Kind is XmlBodyEventKind.Text or XmlBodyEventKind.Space) continue;
            switch (e.Kind)
            {
                case XmlBodyEventKind.BlockBoundary:
                    pendingBreak = true;
                    break;
                case XmlBodyEventKind.Space:
                    pendingSpace = true;
                    break;
                case XmlBodyEventKind.LinkStart:
                    // why: the anchor starts at its first visible char, after any pending separator.
                    open.Push((e.Value!, -1));
                    break;
                case XmlBodyEventKind.LinkEnd:
                    if (open.TryPop(out var link) && link.Start >= 0 && link.Start < sb.Length)
                        links.Add(new Link(link.Href, sb.ToString(link.Start, sb.Length - link.Start), new TextSpan(link.Start, sb.Length)));
                    break;
                case XmlBodyEventKind.Text:
                    foreach (char c in e.Value!)
                    {
                        if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
                        if (sb.Length > 0 && pendingBreak) sb.Append("\n\n");
                        else if (sb.Length > 0 && pendingSpace && sb[^1] != '\n') sb.Append(' ');
                        pendingBreak = pendingSpace = false;
                        if (open.Count > 0) MarkStarts(open, sb.Length);
                        sb.Append(c);
                    }
                    break;
            }
        }
        return (sb.ToString(), links);
    }

    private static void MarkStarts(Stack<(string Href, int Start)> open, int position)
    {
        if (open.Peek().Start >= 0) return;
        var all = open.ToArray();
        open.Clear();
        for (int i = all.Length - 1; i >= 0; i--) open.Push(all[i].Start >= 0 ? all[i] : (all[i].Href, position));
    }
}

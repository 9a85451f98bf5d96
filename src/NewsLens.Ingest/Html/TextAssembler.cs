using System.Text;
using NewsLens.Text;

namespace NewsLens.Ingest.Html;

/// <summary>Joins the kept blocks with blank lines and maps their link pieces to offsets in the joined text.</summary>
internal static class TextAssembler
{
    public const string Separator = "\n\n";

    public static (string Text, List<Link> Links) Assemble(PageScan scan, List<int> kept, Uri? baseUri)
    {
        var sb = new StringBuilder(4096);
        var links = new List<Link>();
        foreach (int index in kept)
        {
            var block = scan.Blocks[index];
            if (sb.Length > 0)
                sb.Append(Separator);
            int offset = sb.Length;
            sb.Append(block.Text);
            if (block.Links is null)
                continue;
            foreach (var piece in block.Links)
            {
                var href = LinkResolver.Resolve(piece.Href, baseUri);
                if (href is null)
                    continue;
                var anchor = block.Text[piece.Start..piece.End];
                links.Add(new Link(href, anchor, new TextSpan(offset + piece.Start, offset + piece.End)));
            }
        }
        return (sb.ToString(), links);
    }
}

using System.Text;
using System.Xml;
using NewsLens.Ingest.Common;
using NewsLens.Text;

namespace NewsLens.Ingest.Xml;

/// <summary>
/// Reads SemEval-2019 Task 4 (hyperpartisan) article files (format <c>xml</c>):
/// <c>&lt;articles&gt;&lt;article id=".." published-at=".." title=".."&gt;</c> with an HTML-like body. Streams with
/// <see cref="XmlReader"/>: DTDs are prohibited and no external resource is ever resolved. The text is the block
/// paragraphs joined by "\n\n" (loose text only when asked, see the constructor), links keep their offsets.
/// An article over the size or depth limits fails alone; malformed XML fails once at its line and ends the file,
/// since XML cannot be resumed after a syntax error. Thread-safe.
/// </summary>
/// <param name="includeLooseText">
/// When false (default) only text inside block elements (<c>p</c>, <c>q</c>, <c>blockquote</c>, headings, list
/// items) is kept: in the SemEval dumps the loose text between them is image credits and ad teasers. An article
/// without any block text falls back to its loose text either way.
/// </param>
/// <param name="limits">size and depth limits (default <see cref="ReaderLimits.Default"/>).</param>
public sealed class SemEvalXmlReader(bool includeLooseText = false, ReaderLimits? limits = null) : StreamArticleReader(limits)
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "q", "blockquote", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "section", "figure", "figcaption",
    };


    public override string Format => "xml";

    private protected override IEnumerable<ReadItem> Parse(PeekStream peeked, string name, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        // why: XmlReader stops at the first invalid UTF-8 byte; decoding with replacement keeps the file readable.
        // A file that declares another encoding is left to XmlReader, which honours the declaration.
        using var text = DeclaresOtherEncoding(peeked.Head) ? null : new StreamReader(peeked, new UTF8Encoding(false, false), true, 1 << 16, leaveOpen: true);
        using var xr = text is null ? XmlReader.Create(peeked, settings) : XmlReader.Create(text, settings);
        bool any = false;
        long number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadItem? item = null;
            string? fatal = null;
            long fatalLine = 0;
            bool done = false;
            try
            {
                if (!MoveToNextArticle(xr, name, ref fatal)) done = true;
                else { long n = ++number; item = RecordGuard.Build(Where.Record(name, n), () => ReadArticle(xr, name, n)) with { Record = n }; }
            }
            catch (XmlException ex)
            {
                fatal = $"malformed XML: {ex.Message} The rest of the file is not read.";
                fatalLine = ex.LineNumber;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                fatal = $"input unreadable: {ex.Message}";
            }
            if (item is not null) { any = true; yield return item; }
            if (fatal is not null)
            {
                yield return ReadItem.Fail(fatalLine > 0 ? Where.Line(name, fatalLine) : name, fatal);
                yield break;
            }
            if (done) break;
        }
        if (!any) yield return ReadItem.Fail(name, "empty input: no <article> elements");
    }

    private static bool DeclaresOtherEncoding(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        var start = Encoding.ASCII.GetString(head[..Math.Min(head.Length, 200)]);
        int end = start.IndexOf("?>", StringComparison.Ordinal);
        if (!start.StartsWith("<?xml", StringComparison.Ordinal) || end < 0) return false;
        var decl = start[..end].ToLowerInvariant();
        int at = decl.IndexOf("encoding", StringComparison.Ordinal);
        return at >= 0 && !decl[at..].Contains("utf-8", StringComparison.Ordinal) && !decl[at..].Contains("utf8", StringComparison.Ordinal);
    }

    // why: articles sit directly under the root; anything else at that level is skipped whole.
    private static bool MoveToNextArticle(XmlReader xr, string name, ref string? fatal)
    {
        while (xr.Read())
        {
            if (xr.NodeType != XmlNodeType.Element) continue;
            if (xr.Depth == 0 && !xr.LocalName.Equals("articles", StringComparison.OrdinalIgnoreCase) && !xr.LocalName.Equals("article", StringComparison.OrdinalIgnoreCase))
            {
                fatal = $"unsupported XML: root element <{xr.LocalName}>, expected SemEval-style <articles>";
                return false;
            }
            if (xr.LocalName.Equals("article", StringComparison.OrdinalIgnoreCase) && xr.Depth <= 1) return true;
            if (xr.Depth >= 1) xr.Skip();
        }
        return false;
    }

    private ReadItem ReadArticle(XmlReader xr, string name, long number)
    {
        var limits = Limits;
        string? id = xr.GetAttribute("id");
        string? title = xr.GetAttribute("title");
        string? published = xr.GetAttribute("published-at");
        string location = Where.Record(name, number) + (xr is IXmlLineInfo li && li.HasLineInfo() ? $" (line {li.LineNumber})" : "");
        var events = new List<XmlBodyEvent>();
        if (!xr.IsEmptyElement)
        {
            int baseDepth = xr.Depth;
            int blockDepth = 0;
            long chars = 0;
            string? problem = null;
            // why: one frame per open element says what its end tag must close (a block, a link, both or neither).
            var frames = new Stack<(bool Block, bool Link)>();
            while (xr.Read())
            {
                if (xr.NodeType == XmlNodeType.EndElement && xr.Depth == baseDepth) break;
                if (problem is not null) continue;
                switch (xr.NodeType)
                {
                    case XmlNodeType.Element:
                        if (xr.Depth - baseDepth > limits.MaxDepth) { problem = $"nested deeper than {limits.MaxDepth} elements"; continue; }
                        bool block = BlockElements.Contains(xr.LocalName);
                        bool link = xr.LocalName.Equals("a", StringComparison.OrdinalIgnoreCase) && xr.GetAttribute("href") is { Length: > 0 };
                        if (block) { blockDepth++; events.Add(new(XmlBodyEventKind.BlockBoundary, null, true)); }
                        if (link) events.Add(new(XmlBodyEventKind.LinkStart, xr.GetAttribute("href"), blockDepth > 0));
                        if (xr.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase)) events.Add(new(XmlBodyEventKind.Space, null, blockDepth > 0));
                        if (xr.IsEmptyElement) Close(events, block, link, ref blockDepth);
                        else frames.Push((block, link));
                        break;
                    case XmlNodeType.EndElement:
                        if (frames.TryPop(out var frame)) Close(events, frame.Block, frame.Link, ref blockDepth);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        string value = xr.Value;
                        chars += value.Length;
                        if (chars > limits.MaxRecordChars) { problem = $"record too long: over {limits.MaxRecordChars:N0} chars"; continue; }
                        events.Add(new(XmlBodyEventKind.Text, value, blockDepth > 0));
                        break;
                }
            }
            if (problem is not null) return ReadItem.Fail(location, problem);
        }
        var (text, links) = XmlBodyRenderer.Render(events, includeLooseText);
        if (text.Length == 0 && !includeLooseText) (text, links) = XmlBodyRenderer.Render(events, includeLoose: true);
        if (TextGuard.Check(text, limits) is { } bad) return ReadItem.Fail(location, bad);
        string articleId = string.IsNullOrWhiteSpace(id) ? ArticleIds.FromRecord(name, number) : id.Trim();
        var meta = new ArticleMetadata
        {
            Id = articleId,
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Published = Dates.Parse(published),
            Links = links,
        };
        return ReadItem.Ok(location, new ArticleInput(articleId, text, meta));
    }

    private static void Close(List<XmlBodyEvent> events, bool block, bool link, ref int blockDepth)
    {
        if (link) events.Add(new(XmlBodyEventKind.LinkEnd, null, blockDepth > 0));
        if (block) { blockDepth--; events.Add(new(XmlBodyEventKind.BlockBoundary, null, true)); }
    }
}

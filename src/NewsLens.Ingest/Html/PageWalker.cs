using System.Text;
using AngleSharp.Dom;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Walks the body once, iteratively (an explicit frame stack, so nesting depth never touches the call stack), and cuts
/// the visible text into <see cref="TextBlock"/>s at block boundaries. Not thread-safe: one instance per page.
/// </summary>
internal sealed class PageWalker
{
    private struct Frame
    {
        public INodeList Nodes;
        public int Next;
        public IElement? Element;
        public int Record;
        public bool IsBlock;
        public bool IsAnchor;
        public bool IsPre;
    }

    private readonly PageScan _scan = new();
    private readonly StringBuilder _text = new(1024);
    private readonly List<Frame> _frames = new(64);
    private bool _pendingSpace;
    private int _linkChars;
    private List<LinkPiece>? _links;
    private string? _anchorHref;
    private int _anchorStart = -1;
    private int _preDepth;

    public static PageScan Walk(IElement root)
    {
        var walker = new PageWalker();
        walker.Run(root);
        return walker._scan;
    }

    private void Run(IElement root)
    {
        int rootRecord = AddRecord(root, ElementKind.Container, -1, ElementAttributes.Read(root));
        _frames.Add(new Frame { Nodes = root.ChildNodes, Element = root, Record = rootRecord, IsBlock = true });
        while (_frames.Count > 0)
        {
            int top = _frames.Count - 1;
            var frame = _frames[top];
            if (frame.Next >= frame.Nodes.Length)
            {
                Exit(frame);
                _frames.RemoveAt(top);
                continue;
            }
            var node = frame.Nodes[frame.Next];
            frame.Next++;
            _frames[top] = frame;
            if (node is IText textNode)
                AppendText(textNode.Data);
            else if (node is IElement element)
                Enter(element, frame.Record);
        }
    }

    private void Enter(IElement element, int currentRecord)
    {
        _scan.ElementCount++;
        string name = element.LocalName;
        var kind = ElementRules.KindOf(name);
        if (kind == ElementKind.LineBreak)
        {
            AppendBreak();
            return;
        }
        var attrs = ElementAttributes.Read(element);
        CollectHints(element, name, attrs);
        if (kind == ElementKind.Skip || IsHidden(attrs))
            return;
        if (element.ChildNodes.Length == 0 && !ElementRules.IsBlock(kind))
            return;

        if (kind == ElementKind.TableCell)
            _pendingSpace = true;
        var frame = new Frame { Nodes = element.ChildNodes, Element = element, Record = currentRecord };
        if (ElementRules.IsBlock(kind))
        {
            Flush(currentRecord);
            frame.Record = AddRecord(element, kind, currentRecord, attrs);
            frame.IsBlock = true;
        }
        else if (name == "a" && _anchorHref is null)
        {
            var href = attrs.Href;
            if (!string.IsNullOrWhiteSpace(href))
            {
                _anchorHref = href;
                _anchorStart = -1;
                frame.IsAnchor = true;
            }
        }
        if (kind == ElementKind.Preformatted)
        {
            frame.IsPre = true;
            _preDepth++;
        }
        _frames.Add(frame);
    }

    private void Exit(in Frame frame)
    {
        if (frame.Element is { LocalName: "td" or "th" })
            _pendingSpace = true;
        if (frame.IsAnchor)
        {
            CloseAnchor();
            _anchorHref = null;
        }
        if (frame.IsBlock)
        {
            Flush(frame.Record);
            var records = _scan.Records;
            var record = records[frame.Record];
            record.BlockEnd = _scan.Blocks.Count;
            records[frame.Record] = record;
        }
        if (frame.IsPre)
            _preDepth--;
    }

    private int AddRecord(IElement element, ElementKind kind, int parent, in ElementAttributes attrs)
    {
        string name = element.LocalName;
        bool structural = name is "body" or "html" or "article" or "main";
        var cls = attrs.Class;
        var id = attrs.Id;
        var role = attrs.Role;
        var verdict = VerdictOf(cls) | VerdictOf(id);
        bool body = (verdict & FurnitureNames.Verdict.Body) != 0
            || string.Equals(attrs.ItemProp, "articleBody", StringComparison.OrdinalIgnoreCase);
        bool furniture = ElementRules.IsFurnitureTag(name)
            || (!structural && (verdict & FurnitureNames.Verdict.Furniture) != 0)
            || role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alertdialog" or "menu";
        _scan.Records.Add(new NodeRecord
        {
            Element = element, Tag = name, Parent = parent, Kind = kind, IsFurniture = furniture && !body, IsBody = body,
            IsComments = furniture && (verdict & FurnitureNames.Verdict.Comments) != 0, Names = verdict,
            BlockStart = _scan.Blocks.Count, BlockEnd = _scan.Blocks.Count,
        });
        return _scan.Records.Count - 1;
    }

    private static FurnitureNames.Verdict VerdictOf(string? value) => VerdictCache.Get(value);

    private static bool IsHidden(in ElementAttributes attrs)
    {
        if (attrs.Hidden || attrs.AriaHidden)
            return true;
        var style = attrs.Style;
        if (style is null)
            return false;
        return HasCss(style, "display", "none") || HasCss(style, "visibility", "hidden");
    }

    private static bool HasCss(string style, string property, string value)
    {
        int at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return false;
        var rest = style.AsSpan(at + property.Length).TrimStart();
        if (rest.Length == 0 || rest[0] != ':')
            return false;
        return rest[1..].TrimStart().StartsWith(value, StringComparison.OrdinalIgnoreCase);
    }

    private void CollectHints(IElement element, string name, in ElementAttributes attrs)
    {
        var hints = _scan.BodyHints;
        if (name == "input")
        {
            if (string.Equals(attrs.Type, "password", StringComparison.OrdinalIgnoreCase))
                _scan.PasswordInputs++;
            return;
        }
        if (name == "time")
        {
            var dt = attrs.DateTime;
            if (!string.IsNullOrWhiteSpace(dt))
                hints.Add(new BodyHint("time", dt));
        }
        var itemprop = attrs.ItemProp;
        if (itemprop is not null)
        {
            var value = attrs.Content ?? attrs.DateTime;
            if (itemprop.Contains("author", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("creator", StringComparison.OrdinalIgnoreCase))
                hints.Add(new BodyHint("itemprop:author", value, element, authorName: true));
            else if (value is not null)
                hints.Add(new BodyHint("itemprop:" + itemprop.ToLowerInvariant(), value));
        }
        var rel = attrs.Rel;
        if (rel is not null && name == "a" && rel.Contains("author", StringComparison.OrdinalIgnoreCase))
            hints.Add(new BodyHint("rel:author", null, element));
        var verdict = VerdictOf(attrs.Class);
        if (hints.Count < 200 && name is not ("body" or "html"))
        {
            if ((verdict & FurnitureNames.Verdict.Byline) != 0)
                hints.Add(new BodyHint("byline", null, element));
            if ((verdict & FurnitureNames.Verdict.DateLike) != 0)
                hints.Add(new BodyHint("datetext", null, element));
        }
    }

    private void AppendText(string data)
    {
        if (_preDepth > 0)
        {
            foreach (char c in data)
            {
                if (c == '\r') continue;
                MarkAnchorStart();
                _text.Append(c);
            }
            return;
        }
        var span = data.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            char c = span[i];
            if (IsSpace(c))
            {
                _pendingSpace = true;
                i++;
                continue;
            }
            if (IsInvisible(c))
            {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < span.Length && !IsSpace(span[runEnd]) && !IsInvisible(span[runEnd]))
                runEnd++;
            if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n')
                _text.Append(' ');
            _pendingSpace = false;
            MarkAnchorStart();
            _text.Append(span[i..runEnd]);
            i = runEnd;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f' or '\u00A0' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u202F' or '\u3000';

    // why: zero-width and soft-hyphen characters split words for the reader's eye only; they break tokenisation.
    private static bool IsInvisible(char c) => c is '\u200B' or '\uFEFF' or '\u00AD' or '\u2060';

    private void MarkAnchorStart()
    {
        if (_anchorHref is not null && _anchorStart < 0)
            _anchorStart = _text.Length;
    }

    private void AppendBreak()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
            _text.Append('\n');
        _pendingSpace = false;
    }

    private void CloseAnchor()
    {
        if (_anchorHref is null || _anchorStart < 0)
            return;
        int end = _text.Length;
        while (end > _anchorStart && char.IsWhiteSpace(_text[end - 1]))
            end--;
        if (end > _anchorStart)
        {
            (_links ??= []).Add(new LinkPiece(_anchorHref, _anchorStart, end));
            _linkChars += end - _anchorStart;
        }
        _anchorStart = -1;
    }

    private void Flush(int owner)
    {
        CloseAnchor();
        int len = _text.Length;
        while (len > 0 && char.IsWhiteSpace(_text[len - 1]))
            len--;
        if (len > 0)
        {
            var links = _links;
            if (links is not null)
            {
                for (int i = links.Count - 1; i >= 0; i--)
                    if (links[i].End > len)
                        links[i] = links[i] with { End = len };
            }
            var kind = _scan.Records[owner].Kind;
            _scan.Blocks.Add(new TextBlock(_text.ToString(0, len), kind, owner, Math.Min(_linkChars, len), links));
        }
        _text.Clear();
        _links = null;
        _linkChars = 0;
        _pendingSpace = false;
    }
}

using System.Buffers;
using System.Collections.Frozen;

namespace NewsLens.Ingest.Html;

/// <summary>
/// One linear scan of the raw source before parsing. It refuses pathologically deep pages (AngleSharp caps the DOM
/// depth but its tree construction slows quadratically past the cap: 100,000 nested divs took minutes), and it cuts
/// what the extractor never reads out of the parser's input: comments and the content of script, style, iframe,
/// noscript, svg, math and template elements (their start and end tags stay, so the DOM keeps the same elements).
/// JSON-LD is read from the original string, not from this output. The cut page lives in a pooled buffer (see
/// <see cref="PreparedSource"/>), so the scan allocates nothing page-sized.
/// </summary>
internal static class SourcePrePass
{
    // why: these close implicitly (or never open a scope), so unclosed ones in sloppy HTML must not count as depth.
    private static readonly FrozenSet<string> NotCounted = new[]
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr", "param", "keygen", "image",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private enum Content { Markup, Script, RawText, KeptText, Nested }

    /// <summary>
    /// False when the open-tag depth ever exceeds <paramref name="depthLimit"/>. Otherwise <paramref name="source"/>
    /// holds the page with the unread content cut out, in a pooled buffer: parse it, finish with the document, then
    /// dispose the source (AngleSharp's DOM may refer into the buffer while the document lives).
    /// </summary>
    public static bool TryPrepare(string html, int depthLimit, out PreparedSource source)
    {
        var output = new Output(html);
        bool ok = false;
        try
        {
            ok = Scan(html, depthLimit, ref output);
            source = ok ? output.Finish() : new PreparedSource(html, null, 0);
            return ok;
        }
        finally
        {
            if (!ok) output.Dispose();
        }
    }

    private static bool Scan(string html, int limit, ref Output output)
    {
        var lookup = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();
        int depth = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            char c = html[i + 1];
            if (c == '!')
            {
                if (string.CompareOrdinal(html, i, "<!--", 0, 4) != 0)
                {
                    // why: doctype, CDATA and bogus comments; they hold no markup worth counting and are tiny.
                    int gt = html.IndexOf('>', i);
                    if (gt < 0) return true;
                    i = gt + 1;
                    continue;
                }
                int end = CommentEnd(html, i);
                // why: an unclosed comment runs to the end of the page for the parser too.
                output.Cut(i, end < 0 ? html.Length : end);
                if (end < 0) return true;
                i = end;
                continue;
            }
            bool closing = c == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int j = nameStart;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] == '-')) j++;
            if (j == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(nameStart, j - nameStart);
            int close = TagEnd(html, j);
            if (close < 0) return true;
            bool selfClosing = html[close - 1] == '/';
            i = close + 1;
            if (!closing)
            {
                var content = ContentOf(name);
                if (content != Content.Markup)
                {
                    if (content == Content.Nested && selfClosing)
                        continue;
                    int endTag = content switch
                    {
                        Content.Script => ScriptEnd(html, i),
                        Content.Nested => MatchingEnd(html, i, name),
                        _ => EndTag(html, i, name),
                    };
                    if (content != Content.KeptText)
                        output.Cut(i, endTag < 0 ? html.Length : endTag);
                    if (endTag < 0) return true;
                    i = endTag;
                    continue;
                }
            }
            if (lookup.Contains(name) || selfClosing)
                continue;
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (++depth > limit)
                return false;
        }
        return true;
    }

    // why: elements whose content is not plain markup; few enough that a length check then a compare beats hashing
    private static readonly (string Name, Content Kind)[] SpecialContent =
    [
        ("svg", Content.Nested), ("math", Content.Nested), ("template", Content.Nested), ("script", Content.Script),
        ("title", Content.KeptText), ("textarea", Content.KeptText), ("xmp", Content.RawText), ("style", Content.RawText),
        ("iframe", Content.RawText), ("noembed", Content.RawText), ("noscript", Content.RawText), ("noframes", Content.RawText),
    ];

    private static Content ContentOf(ReadOnlySpan<char> name)
    {
        foreach (var (n, kind) in SpecialContent)
            if (n.Length == name.Length && name.Equals(n, StringComparison.OrdinalIgnoreCase)) return kind;
        return Content.Markup;
    }

    /// <summary>Index just past the comment that starts at <paramref name="at"/>, or -1 when it never closes.</summary>
    private static int CommentEnd(string html, int at)
    {
        // why: "<!-->" and "<!--->" are complete (empty) comments to an HTML parser.
        int body = at + 4;
        if (body < html.Length && html[body] == '>') return body + 1;
        if (body + 1 < html.Length && html[body] == '-' && html[body + 1] == '>') return body + 2;
        int end = html.IndexOf("-->", body, StringComparison.Ordinal);
        return end < 0 ? -1 : end + 3;
    }

    /// <summary>The '>' that ends a start or end tag whose name ends before <paramref name="from"/>; quoted values may hold '>'.</summary>
    private static int TagEnd(string html, int from)
    {
        int gt = html.IndexOf('>', from);
        if (gt < 0) return -1;
        // why: most tags hold only double-quoted values without '>'; then the first '>' is the end, found in one search.
        var inside = html.AsSpan(from, gt - from);
        if (!inside.Contains('\'') && (inside.Count('"') & 1) == 0)
            return gt;
        int j = from;
        while (true)
        {
            int k = html.AsSpan(j).IndexOfAny('>', '=');
            if (k < 0) return -1;
            j += k;
            if (html[j] == '>') return j;
            j++;
            while (j < html.Length && html[j] is ' ' or '\t' or '\n' or '\r' or '\f') j++;
            if (j < html.Length && html[j] is '"' or '\'')
            {
                int q = html.IndexOf(html[j], j + 1);
                if (q < 0) return -1;
                j = q + 1;
            }
        }
    }

    /// <summary>Start of the first <c>&lt;/name</c> end tag at or after <paramref name="from"/>, any case; -1 if none.</summary>
    private static int EndTag(string html, int from, ReadOnlySpan<char> name)
    {
        int k = from;
        while ((k = html.IndexOf("</", k, StringComparison.Ordinal)) >= 0)
        {
            if (IsTagNamed(html, k + 2, name))
                return k;
            k += 2;
        }
        return -1;
    }

    private static bool IsTagNamed(string html, int at, ReadOnlySpan<char> name)
    {
        if (at + name.Length > html.Length || !html.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            return false;
        int after = at + name.Length;
        return after == html.Length || html[after] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';
    }

    /// <summary>End tag of a script body, following the HTML tokenizer's escaped states (legacy <c>&lt;!--</c> wrappers).</summary>
    private static int ScriptEnd(string html, int from)
    {
        int end = EndTag(html, from, "script");
        if (end < 0)
            return -1;
        // why: only a "<!--" inside the body can make the first "</script" not the end; that is rare, so check first.
        if (html.AsSpan(from, end - from).IndexOf("<!--", StringComparison.Ordinal) < 0)
            return end;
        const int Data = 0, Escaped = 1, DoubleEscaped = 2;
        int state = Data;
        for (int k = from; k < html.Length; k++)
        {
            char c = html[k];
            if (c == '<')
            {
                if (state == Data && string.CompareOrdinal(html, k, "<!--", 0, 4) == 0)
                {
                    state = Escaped;
                    k += 3;
                }
                else if (k + 1 < html.Length && html[k + 1] == '/' && IsTagNamed(html, k + 2, "script"))
                {
                    if (state != DoubleEscaped) return k;
                    state = Escaped;
                }
                else if (state == Escaped && IsTagNamed(html, k + 1, "script"))
                    state = DoubleEscaped;
            }
            else if (c == '-' && state != Data && string.CompareOrdinal(html, k, "-->", 0, 3) == 0)
            {
                state = Data;
                k += 2;
            }
        }
        return -1;
    }

    /// <summary>End tag matching an element that may nest in itself (svg in svg, template in template).</summary>
    private static int MatchingEnd(string html, int from, ReadOnlySpan<char> name)
    {
        int open = 1;
        int pos = from;
        while (true)
        {
            int end = EndTag(html, pos, name);
            if (end < 0) return -1;
            for (int k = pos; (k = html.IndexOf('<', k, end - k)) >= 0; k++)
            {
                if (!IsTagNamed(html, k + 1, name)) continue;
                int gt = TagEnd(html, k + 1 + name.Length);
                if (gt < 0 || gt >= end) break;
                if (html[gt - 1] != '/') open++;
                k = gt;
            }
            if (--open == 0) return end;
            pos = end + 2;
        }
    }

    /// <summary>The parser's input, built lazily: nothing is copied until the first cut.</summary>
    private struct Output(string source) : IDisposable
    {
        private char[]? _buffer;
        private int _length;
        private int _copied;

        public void Cut(int from, int to)
        {
            if (to <= from) return;
            _buffer ??= ArrayPool<char>.Shared.Rent(source.Length);
            source.AsSpan(_copied, from - _copied).CopyTo(_buffer.AsSpan(_length));
            _length += from - _copied;
            _copied = to;
        }

        /// <summary>Hands the buffer over to the returned source, which returns it to the pool when disposed.</summary>
        public PreparedSource Finish()
        {
            if (_buffer is null) return new PreparedSource(source, null, 0);
            source.AsSpan(_copied).CopyTo(_buffer.AsSpan(_length));
            return new PreparedSource(source, _buffer, _length + source.Length - _copied);
        }

        public void Dispose()
        {
            if (_buffer is not null) ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}

using NewsLens.Text;

namespace NewsLens.Analyzers.Verdict;

/// <summary>
/// Receives one term (a unigram, or a bigram joined by one space), the index of its sentence and its span in the
/// document text; for a title read from metadata the sentence is -1 and the span is empty.
/// </summary>
public delegate void TermVisitor(ReadOnlySpan<char> term, int sentence, TextSpan span);

/// <summary>
/// The text terms the verdict model reads: lower-cased word unigrams and within-sentence bigrams, numbers as
/// <c>&lt;num&gt;</c>, <c>!</c> and <c>?</c> kept; URLs, e-mail addresses and outlet names (<see cref="OutletMask"/>)
/// dropped, and a dropped token breaks bigrams. The title (metadata) is read as sentence -1 unless the text starts
/// with it. Paragraphs known as boilerplate are skipped. Thread-safe; no allocation per term.
/// </summary>
public static class VerdictTerms
{
    /// <summary>Tokens read per article at most; the rest is ignored (bounds the time per article).</summary>
    public const int MaxTokens = 50_000;

    private const int MaxWord = 40;

    /// <summary>Prefix of the extra copy of a title term when a model reads titles separately (<c>title:shocking</c>).</summary>
    public const string TitlePrefix = "title:";

    private static readonly string[] ClusterTerms = [.. Enumerable.Range(0, 4096).Select(i => "<c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">")];

    /// <summary>The term that stands for a fine word cluster (<c>&lt;c123&gt;</c>).</summary>
    public static string ClusterTerm(int id) => ClusterTerms[id];

    /// <summary>True for a term made by <see cref="ClusterTerm"/>.</summary>
    public static bool IsClusterTerm(string term) => term.Length > 3 && term[0] == '<' && term[1] == 'c' && char.IsAsciiDigit(term[2]);

    /// <summary>The fine word cluster of a unigram term (the embedded <see cref="Lexical.WordClusters"/>), or -1 (bigram, unknown word, number).</summary>
    public static int ClusterOf(ReadOnlySpan<char> term) =>
        term.IndexOf(' ') >= 0 ? -1 : Lexical.WordClusters.Default.Cluster(term, Lexical.WordClusters.Fine);

    public static void Visit(Document doc, OutletMask mask, TermVisitor visit) => Visit(doc, mask, BoilerplateFilter.Empty, visit);

    /// <summary>As <see cref="Visit(Document, OutletMask, TermVisitor)"/>, skipping the paragraphs <paramref name="boilerplate"/> knows.</summary>
    public static void Visit(Document doc, OutletMask mask, BoilerplateFilter boilerplate, TermVisitor visit)
    {
        var title = doc.Metadata.Title;
        if (!string.IsNullOrWhiteSpace(title) && !doc.Text.AsSpan().TrimStart().StartsWith(title.AsSpan().Trim(), StringComparison.Ordinal))
        {
            var t = Document.Create(title);
            foreach (var s in t.Sentences) VisitSentence(t, s, mask, visit, -1);
        }
        int budget = MaxTokens;
        foreach (var p in doc.Paragraphs)
        {
            if (boilerplate.IsBoilerplate(doc, p)) continue;
            for (int i = p.FirstSentence; i < p.FirstSentence + p.SentenceCount; i++)
            {
                var s = doc.Sentences[i];
                if ((budget -= s.TokenCount) < 0) return;
                VisitSentence(doc, s, mask, visit, s.Index);
            }
        }
    }

    private static void VisitSentence(Document doc, Sentence s, OutletMask mask, TermVisitor visit, int sentenceIndex)
    {
        int n = s.TokenCount;
        if (n == 0) return;
        char[] buf = System.Buffers.ArrayPool<char>.Shared.Rent(n * (MaxWord + 1) + 8);
        int[] starts = System.Buffers.ArrayPool<int>.Shared.Rent(n * 4);
        try
        {
            // Normalised tokens, space separated, so an adjacent pair is one contiguous slice.
            int len = 0, count = 0;
            bool prevKept = false;
            Span<bool> masked = n <= 512 ? stackalloc bool[n] : new bool[n];
            masked.Clear();
            if (mask.Count > 0) MarkMasked(doc, s, mask, masked);
            for (int i = 0; i < n; i++)
            {
                var tok = doc.TokenSpan[s.FirstToken + i];
                var raw = doc.AsSpan(tok.Span);
                ReadOnlySpan<char> norm;
                switch (tok.Kind)
                {
                    case TokenKind.Word when !masked[i] && raw.Length <= MaxWord:
                        norm = raw;
                        break;
                    case TokenKind.Number:
                        norm = "<num>";
                        break;
                    case TokenKind.Punctuation when raw.Contains('!'):
                        norm = "!";
                        break;
                    case TokenKind.Punctuation when raw.Contains('?'):
                        norm = "?";
                        break;
                    case TokenKind.Punctuation or TokenKind.Symbol:
                        continue; // why: commas and dashes carry little and would split useful bigrams
                    default:
                        prevKept = false; // URL, e-mail, outlet name, over-long word: drop and break the bigram chain
                        continue;
                }
                if (count > 0 && !prevKept) buf[len++] = '\n'; // a break: no bigram across it
                else if (count > 0) buf[len++] = ' ';
                starts[4 * count] = len;
                foreach (char c in norm) buf[len++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
                starts[4 * count + 1] = len;
                starts[4 * count + 2] = tok.Start;
                starts[4 * count + 3] = tok.End;
                count++;
                prevKept = true;
            }
            bool inText = sentenceIndex >= 0;
            for (int i = 0; i < count; i++)
            {
                int a = starts[4 * i], b = starts[4 * i + 1];
                visit(buf.AsSpan(a, b - a), sentenceIndex, inText ? new TextSpan(starts[4 * i + 2], starts[4 * i + 3]) : default);
                if (i + 1 < count && buf[b] == ' ')
                    visit(buf.AsSpan(a, starts[4 * i + 5] - a), sentenceIndex, inText ? new TextSpan(starts[4 * i + 2], starts[4 * i + 7]) : default);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buf);
            System.Buffers.ArrayPool<int>.Shared.Return(starts);
        }
    }

    private static void MarkMasked(Document doc, Sentence s, OutletMask mask, Span<bool> masked)
    {
        Span<char> key = stackalloc char[4 * MaxWord];
        for (int i = 0; i < s.TokenCount; i++)
        {
            // why: outlet names are written capitalised ("Fox News", "Breitbart"); lower-case starts are skipped for speed
            var first = doc.TokenSpan[s.FirstToken + i];
            if (first.Kind != TokenKind.Word || !char.IsUpper(doc.Text[first.Start])) continue;
            int len = 0;
            for (int k = 0; k < 4 && i + k < s.TokenCount; k++)
            {
                var tok = doc.TokenSpan[s.FirstToken + i + k];
                if (tok.Kind is not (TokenKind.Word or TokenKind.Number) || tok.Span.Length > MaxWord) break;
                foreach (char c in doc.AsSpan(tok.Span))
                    if (char.IsLetterOrDigit(c)) key[len++] = char.ToLowerInvariant(c);
                if (len >= OutletMask.MinKeyLength && mask.Contains(key[..len]))
                {
                    masked.Slice(i, k + 1).Fill(true);
                }
            }
        }
    }
}

using AngleSharp.Html.Parser;
using NewsLens.Text;

namespace NewsLens.Ingest.Html;

/// <summary>
/// Extracts the main text and metadata of a news page in one DOM parse. Stateless after construction and safe to share
/// between threads. <see cref="Extract"/> never throws for any string input (only <see cref="ArgumentNullException"/>):
/// oversized, binary or empty input comes back with <see cref="HtmlExtraction.IsArticle"/> false and a reason.
/// </summary>
public sealed class HtmlArticleExtractor : IHtmlArticleExtractor
{
    private readonly HtmlExtractorOptions _options;
    private readonly HtmlParserOptions _parserOptions;
    private readonly BlockClassifier? _classifier;

    /// <exception cref="InvalidOperationException">the options ask for the block classifier and the build embeds no model.</exception>
    public HtmlArticleExtractor(HtmlExtractorOptions? options = null)
    {
        _options = options ?? HtmlExtractorOptions.Default;
        _parserOptions = HtmlParsing.OptionsFor(_options);
        if (_options.UseBlockClassifier)
        {
            var model = BlockModel.Embedded
                ?? throw new InvalidOperationException($"the block classifier's model ({BlockModel.ResourceName}) is not embedded in this build; train it with `newslens train extraction`");
            _classifier = new BlockClassifier(model);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The text is the article's blocks (paragraphs, headings, list items, quotes) in page order, separated by
    /// <c>"\n\n"</c>; link spans are UTF-16 <c>[Start, End)</c> offsets into it. <see cref="ArticleMetadata.Id"/> is the
    /// URL when given.
    /// </remarks>
    public HtmlExtraction Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var baseMeta = new ArticleMetadata { Id = url, Url = url };
        if (html.Length > _options.MaxInputChars)
            return Reject(baseMeta, $"page too large: {html.Length:N0} chars, limit {_options.MaxInputChars:N0}");
        if (LooksBinary(html))
            return Reject(baseMeta, "not HTML: the input looks like binary data");
        if (!SourcePrePass.TryPrepare(html, _options.MaxNestingDepth, out var parseInput))
            return Reject(baseMeta, $"markup nested deeper than {_options.MaxNestingDepth:N0} levels: hostile or broken page");
        try
        {
            return ExtractCore(html, parseInput, url, baseMeta);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // why: the contract is "never throws"; a parser or rule bug on one hostile page must not stop a batch.
            return Reject(baseMeta, $"extraction failed: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            // why: after ExtractCore the document is disposed and only plain strings remain in the result.
            parseInput.Dispose();
        }
    }

    // why: parseInput is html with unread content cut; JSON-LD lives in the cut scripts, so it is read from html.
    private HtmlExtraction ExtractCore(string html, PreparedSource parseInput, string? url, ArticleMetadata baseMeta)
    {
        if (string.IsNullOrWhiteSpace(html))
            return Reject(baseMeta, "empty page");
        var parser = new HtmlParser(_parserOptions);
        using var document = parseInput.Parse(parser);
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
            return Reject(baseMeta, "no document element");
        var scan = PageWalker.Walk(root);
        var head = HeadReader.Read(document);
        var jsonLd = JsonLdReader.Read(html);
        var ruleKept = ContentSelector.SelectUntrimmed(scan);
        var chosen = _classifier?.Classify(scan, ruleKept) ?? ruleKept;
        var kept = LeadTrimmer.Trim(scan, chosen, TitleCandidates(head, jsonLd));
        // why: saved pages often come without their address; the canonical link still anchors relative hrefs.
        var baseUri = LinkResolver.BaseFor(head.BaseHref, url ?? head.Canonical ?? head.Meta("og:url"));
        var (text, links) = TextAssembler.Assemble(scan, kept, baseUri);
        var metadata = MetadataBuilder.Build(baseMeta, document, head, jsonLd, scan, url) with { Links = links };
        var article = new ArticleInput(url ?? metadata.CanonicalUrl ?? string.Empty, text, metadata);
        var reason = ArticleClassifier.NotArticleReason(scan, kept, text, head, jsonLd, url, _options);
        return new HtmlExtraction(article, reason is null, reason);
    }

    /// <summary>
    /// For training the block classifier: the page's blocks and the rules' choice, with the DOM released (records keep
    /// their tag names, not their elements). Null when the page is refused before parsing.
    /// </summary>
    internal (PageScan Scan, List<int> RuleKept, List<string> Titles)? Inspect(string html)
    {
        if (html.Length > _options.MaxInputChars || LooksBinary(html) || string.IsNullOrWhiteSpace(html)
            || !SourcePrePass.TryPrepare(html, _options.MaxNestingDepth, out var parseInput))
            return null;
        try
        {
            using var document = parseInput.Parse(new HtmlParser(_parserOptions));
            var root = document.Body ?? document.DocumentElement;
            if (root is null)
                return null;
            var scan = PageWalker.Walk(root);
            var titles = TitleCandidates(HeadReader.Read(document), JsonLdReader.Read(html));
            var ruleKept = ContentSelector.SelectUntrimmed(scan);
            var recs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scan.Records);
            for (int i = 0; i < recs.Length; i++)
                recs[i].Element = null!;
            return (scan, ruleKept, titles);
        }
        finally
        {
            parseInput.Dispose();
        }
    }

    private static List<string> TitleCandidates(HeadInfo head, JsonLdInfo ld)
    {
        var site = head.Meta("og:site_name") ?? ld.Publisher;
        var list = new List<string>(4);
        foreach (var raw in new[] { head.Meta("og:title"), ld.Headline, head.Meta("twitter:title"), head.Title })
            if (TitleCleaner.Clean(raw, site) is { } t)
                list.Add(t);
        return list;
    }

    private static HtmlExtraction Reject(ArticleMetadata meta, string reason) =>
        new(new ArticleInput(meta.Id ?? string.Empty, string.Empty, meta), false, reason);

    // why: NUL and other C0 controls are rare in real HTML and common in binary files decoded as text.
    private static bool LooksBinary(string html)
    {
        int sample = Math.Min(html.Length, 4096);
        int bad = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = html[i];
            if (c == '\0' || (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
                bad++;
        }
        return sample > 0 && bad > Math.Max(8, sample / 50);
    }
}

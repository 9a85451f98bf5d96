using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsLens.Ingest.Html;

/// <summary>The one parse per page, with tokenizer work the extractor never reads switched off.</summary>
internal static class HtmlParsing
{
    public static HtmlParserOptions OptionsFor(HtmlExtractorOptions options) => new()
    {
        // why: script, style and comment text is never article text; JSON-LD is read from the raw source instead.
        SkipScriptText = true,
        SkipRawText = true,
        SkipComments = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        IsScripting = false,
        DisableElementPositionTracking = true,
        MaximumDepth = options.MaxDepth,
    };

    public static IDocument Parse(HtmlParser parser, string html) => parser.ParseDocument(html);
}

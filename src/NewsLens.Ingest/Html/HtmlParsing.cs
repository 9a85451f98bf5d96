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
        // why: has no effect with AngleSharp 1.10.3 (comment nodes still appear); SourcePrePass cuts comments instead.
        SkipComments = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        IsScripting = false,
        DisableElementPositionTracking = true,
        MaximumDepth = options.MaxDepth,
        // why: attributes the extractor never reads (data-*, src, srcset, on*...) are most of a modern page's
        // attribute bytes; not materialising them saves allocations in the parse, the dominant cost.
        ShouldEmitAttribute = static (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> name) => IsUsedAttribute(name.Span),
    };

    private static bool IsUsedAttribute(ReadOnlySpan<char> name) => name.Length switch
    {
        2 => name.Equals("id", StringComparison.OrdinalIgnoreCase),
        3 => name.Equals("rel", StringComparison.OrdinalIgnoreCase),
        4 => name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("role", StringComparison.OrdinalIgnoreCase)
            || name.Equals("name", StringComparison.OrdinalIgnoreCase) || name.Equals("lang", StringComparison.OrdinalIgnoreCase)
            || name.Equals("type", StringComparison.OrdinalIgnoreCase),
        5 => name.Equals("class", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase),
        6 => name.Equals("hidden", StringComparison.OrdinalIgnoreCase),
        7 => name.Equals("content", StringComparison.OrdinalIgnoreCase) || name.Equals("charset", StringComparison.OrdinalIgnoreCase),
        8 => name.Equals("itemprop", StringComparison.OrdinalIgnoreCase) || name.Equals("datetime", StringComparison.OrdinalIgnoreCase)
            || name.Equals("property", StringComparison.OrdinalIgnoreCase),
        10 => name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase),
        11 => name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}

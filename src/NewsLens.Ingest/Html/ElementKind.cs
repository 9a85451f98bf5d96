namespace NewsLens.Ingest.Html;

/// <summary>How the walker treats an element. Derived from the tag name alone.</summary>
internal enum ElementKind : byte
{
    /// <summary>Text flows through it into the surrounding block (span, a, em...).</summary>
    Inline,
    /// <summary>Starts and ends a text block; may hold other blocks (div, section...).</summary>
    Container,
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    /// <summary>A table row: one block whose cells are joined by spaces.</summary>
    TableRow,
    /// <summary>A table cell: inline inside its row, set apart by a space.</summary>
    TableCell,
    /// <summary>Subtree never holds article text (script, style, svg, form controls...).</summary>
    Skip,
    LineBreak,
}

using AngleSharp.Dom;

namespace NewsLens.Ingest.Html;

/// <summary>
/// A block-level element the walker entered, in document (pre-)order, so a parent always precedes its descendants.
/// Its blocks are the contiguous range <c>[BlockStart, BlockEnd)</c> of <see cref="PageScan.Blocks"/>.
/// </summary>
internal struct NodeRecord
{
    public IElement Element;
    /// <summary>The element's local name (kept apart so a scan can outlive its document).</summary>
    public string Tag;
    public int Parent;
    public int BlockStart;
    public int BlockEnd;
    public ElementKind Kind;
    /// <summary>Class/id or tag says page furniture (share bar, comments, related list, nav...).</summary>
    public bool IsFurniture;
    /// <summary>Class/id says comment area (never unflagged as a layout wrapper).</summary>
    public bool IsComments;
    /// <summary>Found to be a feed of teaser articles; like comments, never unflagged as a wrapper.</summary>
    public bool IsFeed;
    /// <summary>Class/id/itemprop says article body.</summary>
    public bool IsBody;
    /// <summary>What the element's own class and id words say (read by the block classifier's features).</summary>
    public FurnitureNames.Verdict Names;
    /// <summary>Selection score of the subtree (filled by <see cref="ContentSelector"/>).</summary>
    public double Score;
}

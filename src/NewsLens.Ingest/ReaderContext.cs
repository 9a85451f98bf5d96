using NewsLens.Ingest.Common;
using NewsLens.Ingest.Text;

namespace NewsLens.Ingest;

/// <summary>What a reader may need from the <see cref="ReaderRegistry"/> that makes it.</summary>
internal sealed record ReaderContext(IHtmlArticleExtractor? Html, ReaderLimits Limits, TextReaderOptions Text);

namespace NewsLens.Ingest.Xml;

/// <summary>One step of an article body as read from XML, replayed by <see cref="XmlBodyRenderer"/>.</summary>
internal enum XmlBodyEventKind : byte { Text, BlockBoundary, LinkStart, LinkEnd, Space }

/// <summary>An event of an article body; <see cref="Value"/> is the text or the link target.</summary>
internal readonly record struct XmlBodyEvent(XmlBodyEventKind Kind, string? Value, bool InBlock);

using NewsLens.Ingest.Common;

namespace NewsLens.Tests.Ingest.Common;

public sealed class TextGuardTests
{
    [Fact]
    public void Ordinary_text_with_a_few_replacement_characters_is_not_binary() =>
        Assert.False(TextGuard.LooksBinary("Prices rose 3\uFFFD in the caf\uFFFD district, officials said.", 0.10));

    [Fact]
    public void Text_with_NULs_is_binary() =>
        Assert.True(TextGuard.LooksBinary("H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0", 0.10));

    [Fact]
    public void Whitespace_only_text_is_rejected_as_empty() =>
        Assert.Equal("empty text", TextGuard.Check(" \n\t ", ReaderLimits.Default));
}

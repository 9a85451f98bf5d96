using NewsLens.Cli.Batch;

namespace NewsLens.Tests.Cli.Batch;

public sealed class ReportFileNamesTests
{
    [Fact]
    public void Ids_that_make_the_same_file_name_get_numbered_names_and_keep_them()
    {
        var names = new ReportFileNames();
        Assert.Equal("a_b_001", names.Reserve("a b/001"));
        Assert.Equal("a_b_001-2", names.Reserve("a_b/001"));
        Assert.Equal("A_B_001-3", names.Reserve("A B/001"));
        Assert.Equal("a_b_001-2", names.Reserve("a_b/001"));
    }

    [Theory]
    [InlineData("https://news.test/2024/story", "news.test_2024_story")]
    [InlineData(".newslens-state", "newslens-state")]
    [InlineData("///", "article")]
    public void A_name_keeps_only_safe_characters_and_never_starts_with_a_dot(string id, string name) =>
        Assert.Equal(name, new ReportFileNames().Reserve(id));
}

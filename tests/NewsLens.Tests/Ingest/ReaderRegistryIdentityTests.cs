using NewsLens.Ingest;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Ingest;

public sealed class ReaderRegistryIdentityTests
{
    private readonly ReaderRegistry _registry = new(new FakeHtmlExtractor());

    [Fact]
    public void Same_named_files_in_different_subfolders_get_ids_from_their_paths_relative_to_the_folder()
    {
        using var dir = new TempDir();
        dir.File("business/001.txt", "Shares rose.");
        dir.File("sport/001.txt", "The home side won.");
        var articles = _registry.Read(dir.Path).Articles();
        Assert.Equal(["business/001", "sport/001"], articles.Select(a => a.Id));
        Assert.Equal(["business/001", "sport/001"], articles.Select(a => a.Metadata.Id));
    }

    [Fact]
    public void Every_article_names_its_input_file_and_a_file_named_explicitly_keeps_its_plain_id()
    {
        using var dir = new TempDir();
        var path = dir.File("sport/001.txt", "The home side won.");
        var article = _registry.Read(path).Single(ok: true).Article!;
        Assert.Equal("001", article.Id);
        Assert.Equal(path, article.Metadata.Input!.Path);
        Assert.Null(article.Metadata.Input.Record);
    }

    [Fact]
    public void Records_of_a_multi_record_file_name_their_record_number_and_keep_ids_of_their_own()
    {
        using var dir = new TempDir();
        dir.File("a/feed.jsonl", "{\"text\": \"First story.\"}\n{\"id\": \"x7\", \"text\": \"Second story.\"}\n");
        var articles = _registry.Read(dir.Path).Articles();
        Assert.Equal(["a/feed#1", "x7"], articles.Select(a => a.Id));
        Assert.Equal([1L, 2L], articles.Select(a => a.Metadata.Input!.Record!.Value));
        Assert.All(articles, a => Assert.EndsWith("feed.jsonl", a.Metadata.Input!.Path));
    }

    [Fact]
    public void Readme_licence_notes_checksums_and_hidden_files_in_a_folder_are_skipped_with_a_reason()
    {
        using var dir = new TempDir();
        dir.File("story.txt", "A real story.");
        foreach (var name in new[] { "README", "LICENSE.txt", "notes.md", "SHA256SUMS", "story.txt.sha256", "list.md5", ".hidden.txt", ".git/config" })
            dir.File(name, "not an article");
        var items = _registry.Read(dir.Path).ToList();
        Assert.Equal(["A real story."], items.Articles().Select(a => a.Text));
        Assert.Empty(items.Failures());
        var skipped = items.Where(i => i.Skipped is not null).ToDictionary(i => Path.GetFileName(i.Location), i => i.Skipped);
        Assert.Equal(8, skipped.Count);
        Assert.Equal("checksum file", skipped["SHA256SUMS"]);
        Assert.Equal("hidden folder", skipped[".git"]);
    }

    [Fact]
    public void A_file_named_explicitly_is_read_even_when_its_name_looks_like_notes()
    {
        using var dir = new TempDir();
        var path = dir.File("README.txt", "Actually a story about the harbour.");
        Assert.Equal("Actually a story about the harbour.", _registry.Read(path).Single(ok: true).Article!.Text);
    }

    [Fact]
    public void The_item_count_is_known_for_folders_of_one_article_files_and_unknown_for_record_files()
    {
        using var dir = new TempDir();
        dir.File("a.txt", "One.");
        dir.File("b/c.html", "<p>Two.</p>");
        dir.File("README.md", "notes");
        Assert.Equal(2, ReaderRegistry.CountItems(dir.Path));
        dir.File("d.jsonl", "{\"text\": \"Three.\"}\n");
        Assert.Null(ReaderRegistry.CountItems(dir.Path));
        Assert.Null(ReaderRegistry.CountItems("-"));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("TXT")]
    [InlineData("ndjson")]
    [InlineData("semeval")]
    [InlineData("htm")]
    [InlineData("warc")]
    public void Every_registered_name_and_alias_gives_a_reader(string name)
    {
        Assert.NotNull(_registry.ForFormat(name));
        Assert.Contains(ReaderRegistry.Canonical(name), ReaderRegistry.Formats);
    }

    [Fact]
    public void An_unknown_format_name_gives_no_reader() => Assert.Null(_registry.ForFormat("docx"));

    [SharedDataFact]
    public void The_bbc_folder_gives_one_distinct_id_per_article_file_and_skips_its_readme()
    {
        var folder = SharedData.PathTo("unlabeled-bbc-news-greene2006");
        var items = _registry.Read(folder).ToList();
        var ids = items.Articles().Select(a => a.Id).ToList();
        Assert.Equal(2225, ids.Count);
        Assert.Equal(2225, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2225, ReaderRegistry.CountItems(folder));
        Assert.Equal("README.TXT", Path.GetFileName(Assert.Single(items, i => i.Skipped is not null).Location));
    }
}

using NewsLens.Ingest;
using NewsLens.Ingest.Ptc;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Ingest.Ptc;

public sealed class PtcFolderReaderTests
{
    [Fact]
    public void Articles_come_in_numeric_id_order_with_the_whole_file_as_text()
    {
        using var dir = new TempDir();
        dir.File("article10.txt", "Ten\n\nBody ten.\n");
        dir.File("article9.txt", "Nine\n\nBody nine.\n");
        dir.File("notes.md", "ignored");
        var items = new PtcFolderReader().Read(dir.Path, default).ToList();
        Assert.Equal(["9", "10"], items.Articles().Select(a => a.Id));
        Assert.Equal("Nine\n\nBody nine.\n", items[0].Article!.Text);
        Assert.Equal("Nine", items[0].Article!.Metadata.Title);
    }

    [Fact]
    public void A_folder_without_article_files_fails_once()
    {
        using var dir = new TempDir();
        dir.File("readme.txt", "x");
        var item = new PtcFolderReader().Read(dir.Path, default).Single();
        Assert.False(item.IsOk);
    }

    [SharedDataFact]
    public void Every_PTC_training_article_reads_with_its_file_text_so_label_offsets_line_up()
    {
        string folder = SharedData.PathTo("ptc-semeval2020-task11/train-articles");
        var items = new PtcFolderReader().Read(folder, default).ToList();
        Assert.Empty(items.Failures());
        Assert.Equal(371, items.Count);
        var byId = items.Articles().ToDictionary(a => a.Id);
        foreach (var line in File.ReadLines(SharedData.PathTo("ptc-semeval2020-task11/train-task1-SI.labels")))
        {
            var cols = line.Split('\t');
            var text = byId[cols[0]].Text;
            Assert.InRange(int.Parse(cols[2]), int.Parse(cols[1]), text.Length);
        }
        var first = items[0].Article!;
        Assert.Equal(File.ReadAllText(Path.Combine(folder, $"article{first.Id}.txt")), first.Text);
    }
}

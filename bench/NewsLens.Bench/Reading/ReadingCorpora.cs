using NewsLens.Ingest;
using NewsLens.Ingest.Json;
using NewsLens.Ingest.Ptc;
using NewsLens.Ingest.Xml;

namespace NewsLens.Bench.Reading;

/// <summary>One real corpus as the readers see it: its files on disk and how to read them.</summary>
internal sealed record ReadingCorpus(string Name, IReadOnlyList<string> Files, Func<IEnumerable<ReadItem>> Read)
{
    public long Bytes { get; } = Files.Sum(f => new FileInfo(f).Length);

    /// <summary>The corpora under ../shared/data that exist on this machine.</summary>
    public static List<ReadingCorpus> Find(string root)
    {
        var list = new List<ReadingCorpus>();
        string ptc = Path.Combine(root, "ptc-semeval2020-task11", "train-articles");
        if (Directory.Exists(ptc))
        {
            var reader = new PtcFolderReader();
            list.Add(new("ptc (folder of .txt)", Directory.GetFiles(ptc, "article*.txt"), () => reader.Read(ptc, default)));
        }
        var polnear = new[] { "train", "dev" }.Select(s => Path.Combine(root, "polnear-attribution", s, "text")).Where(Directory.Exists).ToList();
        if (polnear.Count > 0)
        {
            var registry = new ReaderRegistry();
            list.Add(new("polnear (.txt via registry)", polnear.SelectMany(d => Directory.GetFiles(d, "*.txt")).ToList(),
                () => polnear.SelectMany(d => registry.Read(d))));
        }
        string basil = Path.Combine(root, "basil-media-bias", "articles");
        if (Directory.Exists(basil))
        {
            var reader = new JsonArticleReader();
            var files = Directory.GetFiles(basil, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            list.Add(new("basil (JSON objects)", files, () => files.SelectMany(f => reader.Read(f, default))));
        }
        string semeval = Path.Combine(root, "semeval2019-hyperpartisan-byarticle", "articles-training-byarticle-20181122.xml");
        if (File.Exists(semeval))
        {
            var reader = new SemEvalXmlReader();
            list.Add(new("semeval (XML)", [semeval], () => reader.Read(semeval, default)));
        }
        return list;
    }
}

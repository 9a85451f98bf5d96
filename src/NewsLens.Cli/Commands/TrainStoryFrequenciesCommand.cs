using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NewsLens.Stories;
using NewsLens.Models;
using NewsLens.Training.Stories;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens train story-frequencies`: how many unlabeled news articles use each word and name (embedded data
/// file read by story clustering).</summary>
internal static class TrainStoryFrequenciesCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var output = new Option<string>("--output", "-o") { Description = "frequencies file to write", DefaultValueFactory = _ => Path.Combine("src", "NewsLens", "Stories", "Data", StoryFrequencies.FileName) };
        var minCount = new Option<int>("--min-count") { Description = "least number of articles a word or name must appear in to be kept", DefaultValueFactory = _ => 3 };
        var cmd = new Command("story-frequencies", "Count the articles of the unlabeled news that use each word and name (story clustering's background weights).") { data, output, minCount };
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(root))
            {
                Console.Error.WriteLine("newslens train story-frequencies: shared data folder not found; pass --data DIR or set NEWSLENS_SHARED_DATA");
                return ExitCodes.Usage;
            }
            var sw = Stopwatch.StartNew();
            var trainer = new StoryFrequencyTrainer(pr.GetValue(minCount));
            int texts = 0;
            // AllSides articles (US news and opinion, 2012-2020) and BBC News (2004-2005): none is in a scored grouping.
            foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "allsides-bias-baly2020", "jsons"), "*.json").Order(StringComparer.Ordinal))
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(f));
                var r = doc.RootElement;
                if (r.TryGetProperty("content_original", out var c) && c.GetString() is { Length: > 0 } text)
                {
                    trainer.Add(r.TryGetProperty("title", out var t) ? t.GetString() : null, text);
                    texts++;
                }
            }
            foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "unlabeled-bbc-news-greene2006"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(f);
                int cut = text.IndexOf('\n');
                trainer.Add(cut > 0 ? text[..cut] : null, cut > 0 ? text[(cut + 1)..] : text);
                texts++;
            }
            var frequencies = trainer.Build();
            string o = pr.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o))!);
            using (var fs = File.Create(o)) frequencies.Write(fs);
            Console.WriteLine($"read {texts:N0} articles; wrote {o}: {frequencies.TermCount:N0} words, {new FileInfo(o).Length / 1024} KiB, in {sw.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using NewsLens.Lexical;
using NewsLens.Training.Clusters;
using NewsLens.Models;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens train clusters`: word clusters from the unlabeled news in ../shared/data (embedded data file).</summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: $NEWSLENS_SHARED_DATA or ../shared/data beside the repository)." };
        var output = new Option<string>("--output", "-o") { Description = "clusters file to write", DefaultValueFactory = _ => Path.Combine("src", "NewsLens", "Lexical", "Data", WordClusters.FileName) };
        var vocabulary = new Option<int>("--vocabulary") { Description = "words that get a cluster (most frequent first)", DefaultValueFactory = _ => 30_000 };
        var show = new Option<string[]>("--show") { Description = "after training, print the fine-cluster mates of these words", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("clusters", "Learn word clusters (PPMI + randomised SVD + k-means) from the unlabeled news text.") { data, output, vocabulary, show };
        cmd.SetAction(pr =>
        {
            var root = pr.GetValue(data) ?? RepositoryPaths.FindSharedData(RepositoryPaths.FindRoot());
            if (root is null || !Directory.Exists(root))
            {
                Console.Error.WriteLine("newslens train clusters: shared data folder not found; pass --data DIR or set NEWSLENS_SHARED_DATA");
                return ExitCodes.Usage;
            }
            var sw = Stopwatch.StartNew();
            var trainer = new ClusterTrainer(new ClusterTrainerOptions { Vocabulary = pr.GetValue(vocabulary) }, Console.WriteLine);
            int texts = 0;
            // AllSides article bodies (news and opinion, US politics 2012-2020) and BBC News (2004-2005).
            foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "allsides-bias-baly2020", "jsons"), "*.json").Order(StringComparer.Ordinal))
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(f));
                if (doc.RootElement.TryGetProperty("content_original", out var c) && c.GetString() is { Length: > 0 } text) { trainer.Add(text); texts++; }
            }
            foreach (var f in Directory.EnumerateFiles(Path.Combine(root, "unlabeled-bbc-news-greene2006"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                trainer.Add(File.ReadAllText(f));
                texts++;
            }
            Console.WriteLine($"read {texts:N0} texts in {sw.Elapsed.TotalSeconds:0.0} s");
            var entries = trainer.Train();
            string o = pr.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o))!);
            using (var fs = File.Create(o)) WordClusters.Write(fs, entries);
            Console.WriteLine($"wrote {o}: {entries.Count:N0} words, {new FileInfo(o).Length / 1024} KiB, in {sw.Elapsed.TotalSeconds:0.0} s");
            var byWord = entries.ToDictionary(e => e.Word, e => e.Ids);
            foreach (var w in pr.GetValue(show) ?? [])
            {
                if (!byWord.TryGetValue(w, out var ids)) { Console.WriteLine($"{w}: not in the vocabulary"); continue; }
                var mates = entries.Where(e => e.Ids[2] == ids[2] && e.Word != w).Take(25).Select(e => e.Word);
                Console.WriteLine($"{w} (clusters {ids[0]}/{ids[1]}/{ids[2]}): {string.Join(' ', mates)}");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

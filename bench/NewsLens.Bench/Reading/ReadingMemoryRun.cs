using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsLens.Ingest;
using NewsLens.Text;

namespace NewsLens.Bench.Reading;

/// <summary>
/// Peak memory while reading and segmenting a large generated input: writes a JSONL (default 1 GB) of our own
/// sample articles to /tmp, reads it with the registry, segments each article, and prints the working set at every
/// tenth of the input so one can see it stay flat, then the peak working set and the throughput.
/// Run: <c>dotnet run -c Release --project bench/NewsLens.Bench -- reading-memory [MB] [jsonl|csv|warc]</c>.
/// </summary>
internal static class ReadingMemoryRun
{
    public static int Run(string[] args)
    {
        long megabytes = args.Length > 1 && long.TryParse(args[1], out var m) ? m : 1000;
        string format = args.Length > 2 ? args[2] : "jsonl";
        string path = Path.Combine(Path.GetTempPath(), "newslens-bench", $"reading-{megabytes}mb.{format}");
        long records = EnsureInput(path, megabytes * 1_000_000, format);
        long bytes = new FileInfo(path).Length;
        Console.WriteLine($"input: {path}, {bytes / 1e6:0} MB, {records:N0} records");

        var registry = new ReaderRegistry(new TagStrippingExtractor());
        var process = Process.GetCurrentProcess();
        long step = Math.Max(1, records / 10), seen = 0, fails = 0, tokens = 0;
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        foreach (var item in registry.Read(path))
        {
            if (item.Article is { } a) tokens += Segmenter.Default.Segment(a.Text).Tokens.Length;
            else fails++;
            if (++seen % step == 0)
            {
                process.Refresh();
                Console.WriteLine($"  {seen * 100.0 / records,3:0}%: working set {process.WorkingSet64 / 1e6,6:0} MB, GC heap {GC.GetTotalMemory(false) / 1e6,6:0} MB");
            }
        }
        sw.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"read + segmented {seen:N0} records ({fails} failed, {tokens:N0} tokens) in {sw.Elapsed.TotalSeconds:0.0} s: "
            + $"{bytes / 1e6 / sw.Elapsed.TotalSeconds:0.0} MB/s wall, {bytes / 1e6 / cpu:0.0} MB/s per CPU-second");
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1e6:0} MB");
        return fails == 0 ? 0 : 2;
    }

    // why: regenerating 1 GB on every run would dominate; an existing file of the right size is reused.
    private static long EnsureInput(string path, long targetBytes, string format)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string countFile = path + ".count";
        if (File.Exists(path) && File.Exists(countFile) && new FileInfo(path).Length >= targetBytes)
            return long.Parse(File.ReadAllText(countFile));
        long n = 0;
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            if (format == "csv") w.Write("id,title,text\n");
            while (w.BaseStream.Position < targetBytes)
            {
                var (title, text) = SampleArticles.All[n % SampleArticles.All.Length];
                string id = $"gen-{n}";
                switch (format)
                {
                    case "csv": w.Write($"{id},\"{title}\",\"{text.Replace("\"", "\"\"")}\"\n"); break;
                    case "warc": w.Write(WarcRecord(id, title, text)); break;
                    default: w.Write($"{{\"id\":\"{id}\",\"title\":{JsonSerializer.Serialize(title)},\"text\":{JsonSerializer.Serialize(text)},\"date\":\"2024-05-01\"}}\n"); break;
                }
                n++;
            }
        }
        File.WriteAllText(countFile, n.ToString());
        return n;
    }

    private static string WarcRecord(string id, string title, string text)
    {
        string html = $"<html><head><title>{title}</title></head><body><p>{text.Replace("\n\n", "</p><p>")}</p></body></html>";
        string http = $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {Encoding.UTF8.GetByteCount(html)}\r\n\r\n{html}";
        return $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/{id}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n"
            + $"Content-Length: {Encoding.UTF8.GetByteCount(http)}\r\n\r\n{http}\r\n\r\n";
    }

    /// <summary>Stands in for the real HTML extractor, which lives in another project: drops tags only.</summary>
    private sealed class TagStrippingExtractor : IHtmlArticleExtractor
    {
        public HtmlExtraction Extract(string html, string? url = null)
        {
            var sb = new StringBuilder(html.Length);
            bool inTag = false;
            foreach (char c in html)
            {
                if (c == '<') inTag = true;
                else if (c == '>') { inTag = false; sb.Append(' '); }
                else if (!inTag) sb.Append(c);
            }
            return new HtmlExtraction(new ArticleInput(url ?? "page", sb.ToString(), new ArticleMetadata { Url = url }), true);
        }
    }
}

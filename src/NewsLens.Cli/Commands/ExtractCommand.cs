using System.CommandLine;
using System.Text;
using System.Text.Json;
using NewsLens.Ingest.Html;
using NewsLens.Reports;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens extract PATH...</c>: the extracted article (text + metadata) as JSON, one object per line; with
/// <c>--format scrapinghub</c>, one JSON object keyed by page id for a folder of .html / .html.gz files.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "HTML files (.html, .htm, .html.gz) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json (one article per line) or scrapinghub (the benchmark's format).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "scrapinghub");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var cmd = new Command("extract", "Extract the article text and metadata from HTML pages.") { paths, format, output };
        cmd.SetAction(pr => Run(pr.GetValue(paths) ?? [], pr.GetValue(format) ?? "json", pr.GetValue(output)));
        return cmd;
    }

    private static int Run(string[] paths, string format, string? output)
    {
        var extractor = new HtmlArticleExtractor();
        var reader = new HtmlReader();
        var failures = new List<string>();
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var pages = Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(HtmlReader.IsHtmlFile).Order(StringComparer.Ordinal).ToList();
                if (pages.Count == 0) failures.Add($"{p}: no .html, .htm or .html.gz pages in this folder");
                files.AddRange(pages);
            }
            else if (File.Exists(p)) files.Add(p);
            else failures.Add($"{p}: no such file or directory");
        }
        if (files.Count == 0)
        {
            // why: nothing to extract is an error naming the inputs, not "extracted 0 of 0 pages" and an empty output file
            foreach (var f in failures) Console.Error.WriteLine($"newslens extract: {f}");
            return ExitCodes.Usage;
        }
        int extracted = 0;
        var bodies = new List<(string Id, string Body)>();
        using var outStream = output is null or "-" ? Console.OpenStandardOutput() : File.Create(output);
        using var lines = new StreamWriter(outStream, new UTF8Encoding(false)) { AutoFlush = false };
        foreach (var file in files)
        {
            if (!reader.TryReadHtml(file, out var html, out var readError))
            {
                failures.Add($"{file}: {readError}");
                if (format == "scrapinghub") bodies.Add((PageId(file), ""));
                continue;
            }
            var result = extractor.Extract(html);
            if (result.IsArticle) extracted++;
            else failures.Add($"{file}: {result.NotArticleReason ?? "not an article"}");
            if (format == "scrapinghub")
            {
                bodies.Add((PageId(file), result.Article.Text));
                continue;
            }
            var m = result.Article.Metadata;
            var record = new
            {
                id = PageId(file),
                isArticle = result.IsArticle,
                notArticleReason = result.NotArticleReason,
                metadata = m,
                text = result.Article.Text,
            };
            lines.WriteLine(JsonSerializer.Serialize(record, ReportJson.CompactOptions));
        }
        if (format == "scrapinghub")
        {
            lines.Flush();
            ScrapingHubFormat.Write(bodies, outStream);
        }
        lines.Flush();
        Console.Error.WriteLine($"newslens: extracted {extracted} of {files.Count} pages");
        if (failures.Count == 0) return ExitCodes.Ok;
        Console.Error.WriteLine($"newslens: {failures.Count} input(s) failed or were not articles:");
        foreach (var f in failures) Console.Error.WriteLine("  " + f);
        return ExitCodes.SomeFailed;
    }

    private static string PageId(string file)
    {
        var name = Path.GetFileName(file);
        foreach (var ext in new[] { ".html.gz", ".htm.gz", ".html", ".htm" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return name[..^ext.Length];
        return name;
    }
}

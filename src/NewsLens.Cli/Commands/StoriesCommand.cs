using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsLens.Analyzers.Lean;
using NewsLens.Analyzers.Verdict;
using NewsLens.Cli.Batch;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;
using NewsLens.Encoders;
using NewsLens.Ingest;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Store.Postgres;
using NewsLens.Stories;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens stories PATH...</c>: groups the articles read into stories (same event, within a time window) and prints
/// each story's articles side by side with outlet, date, lean and verdict, marking near-duplicates. Bad records are
/// named on stderr and listed at the end; the rest go on.
/// </summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of articles (anything `analyze` reads); - for standard input. None: the articles in the store (--db).", Arity = ArgumentArity.ZeroOrMore };
        var db = DbOption.Create();
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or jsonl (one story per line).", DefaultValueFactory = _ => "text" }.OneOf(["text", "jsonl"], ["text", "jsonl"]);
        var inputFormat = new Option<string?>("--input-format") { Description = $"Override reader detection: {string.Join(", ", ReaderRegistry.Formats)}." }
            .OneOf(ReaderRegistry.FormatNames, ReaderRegistry.Formats);
        var models = ModelsOption.Create("Folder of model files (default: the usual model search).");
        var pipelineOption = new Option<string>("--pipeline") { Description = "fast (default: words, names and dates) or accurate (adds the encoder's lead vectors; slower).", DefaultValueFactory = _ => PipelineInfo.FastName }
            .OneOf([PipelineInfo.AccurateName, PipelineInfo.FastName], [PipelineInfo.AccurateName, PipelineInfo.FastName]);
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only articles published on or after this date (yyyy-mm-dd); undated articles are left out when given." };
        var window = new Option<int>("--window-days") { Description = "An article joins a story only within this many days of its latest article.", DefaultValueFactory = _ => (int)new StoryOptions().WindowDays }.AtLeast(0);
        var minArticles = new Option<int>("--min-articles") { Description = "Show only stories with at least this many articles.", DefaultValueFactory = _ => 2 }.AtLeast(1);
        var maxChars = new Option<int>("--max-chars") { Description = "Largest article accepted, in characters.", DefaultValueFactory = _ => 5_000_000 }.AtLeast(1);
        var cmd = new Command("stories", "Group articles into stories (the same event told by several outlets) and show them side by side.")
            { paths, db, output, format, inputFormat, models, pipelineOption, since, window, minArticles, maxChars };
        cmd.Validators.Add(r =>
        {
            if (r.GetValue(paths) is { Length: > 0 } && PipelineOption.TryKind(r.GetValue(pipelineOption), out var kind) && ModelsOption.Problem(r.GetValue(models), PipelineOption.ModelFiles(kind)) is { } missing)
                r.AddError(missing);
        });
        cmd.SetAction(pr =>
        {
            var options = new StoryOptions { WindowDays = pr.GetValue(window) };
            var failures = new List<string>();
            IReadOnlyList<Story> stories;
            Dictionary<string, StoryRow> byId;
            int articles;
            if (pr.GetValue(paths) is not { Length: > 0 } inputs)
            {
                // why: the store holds what ingest analysed; clustering it also records each article's story and links
                using var store = StoreFactory.Open(pr.GetValue(db)!, create: false);
                try { (stories, byId) = StoreStories.Update(store, options, pr.GetValue(since)); }
                catch (Exception ex) when (ex is JobHeldException or NewsLens.Store.Postgres.Queue.LeaseLostException)
                {
                    Console.Error.WriteLine($"newslens stories: {ex.Message}");
                    return ExitCodes.SomeFailed;
                }
                articles = byId.Count;
            }
            else
            {
                AnalysisPipeline pipeline;
                try
                {
                    pipeline = StandardPipelines.Create(PipelineOption.Kind(pr.GetValue(pipelineOption)), new ModelDirectory(pr.GetValue(models)));
                }
                catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or IOException or PipelineConfigurationException)
                {
                    Console.Error.WriteLine($"newslens stories: {ex.Message}");
                    return ExitCodes.Usage;
                }
                var read = Read(inputs, pr.GetValue(inputFormat), pr.GetValue(maxChars), pr.GetValue(since), pipeline, failures);
                stories = new StoryClusterer(options).Cluster([.. read.Select(r => r.Article)]);
                byId = StoreStories.MarkNearDuplicates(read);
                articles = read.Count;
            }
            var outPath = pr.GetValue(output);
            using (var writer = outPath is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(outPath, false, new UTF8Encoding(false)))
            {
                writer.NewLine = "\n";
                int shown = 0;
                foreach (var story in stories.Where(s => s.ArticleIds.Count >= pr.GetValue(minArticles)))
                {
                    var rows = story.ArticleIds.Select(id => byId[id]).ToList();
                    if (pr.GetValue(format) == "jsonl") writer.WriteLine(StoryJson(story, rows));
                    else WriteText(writer, story, rows);
                    shown++;
                }
                if (pr.GetValue(format) == "text")
                    writer.WriteLine($"{shown} stories of {pr.GetValue(minArticles)}+ articles; {articles} articles in {stories.Count} stories in all.");
            }
            if (failures.Count == 0) return ExitCodes.Ok;
            Console.Error.WriteLine($"newslens stories: {articles} articles grouped; {failures.Count} input(s) failed:");
            foreach (var f in failures) Console.Error.WriteLine("  " + f);
            return ExitCodes.SomeFailed;
        });
        return cmd;
    }

    private static List<StoryRow> Read(string[] inputs, string? inputFormat, int maxChars, DateTimeOffset? from, AnalysisPipeline pipeline, List<string> failures)
    {
        var read = new List<StoryRow>();
        foreach (var item in new InputResolver(inputFormat, maxChars).Read(inputs, CancellationToken.None))
        {
            if (item.Skipped is not null) continue;
            if (item.Article is not { } a)
            {
                failures.Add($"{item.Location}: {item.Error}");
                Console.Error.WriteLine($"newslens stories: {failures[^1]}");
                continue;
            }
            if (from is { } f && (a.Metadata.Published is not { } p || p < f)) continue;
            var doc = pipeline.Analyze(a.Text, a.Metadata).Document;
            var lean = doc.GetSingle(LeanLayers.Lean);
            read.Add(new StoryRow(StoryArticles.From(a.Id, doc), lean?.Label, lean is null ? null : [lean.PLeft, lean.PCenter, lean.PRight],
                doc.GetSingle(VerdictLayers.Verdict)?.HyperpartisanProbability, MinHash.Signature(a.Text)));
        }
        return read;
    }

    private static void WriteText(TextWriter w, Story story, List<StoryRow> rows)
    {
        w.WriteLine($"story {story.Id + 1}: {rows.Count} articles, {Day(story.First)} to {Day(story.Last)}; {string.Join(", ", story.KeyTerms.Select(t => t.TrimStart('@')))}");
        foreach (var r in rows)
        {
            string lean = r.Lean is { } l ? (r.LeanProbabilities is { } lp ? $"{l} {lp.Max().ToString("0.00", CultureInfo.InvariantCulture)}" : l) : "-";
            string verdict = r.Hyperpartisan is { } v ? $"hyperpartisan {(v * 100).ToString("0", CultureInfo.InvariantCulture)}%" : "-";
            string dup = r.NearDuplicateOf is { } d ? $"  (near-duplicate of {d})" : "";
            w.WriteLine($"  {Day(r.Article.Published),-10}  {Clip(r.Article.Outlet ?? "-", 24),-24}  {lean,-12}  {verdict,-18}  {Clip(r.Article.Title ?? r.Article.Id, 70)}  [{r.Article.Id}]{dup}");
        }
        w.WriteLine();
    }

    private static string Day(DateTimeOffset? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    // why: titles and outlet names are read from input; one line per article, whatever they hold
    private static string Clip(string s, int max)
    {
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }

    private static string StoryJson(Story story, List<StoryRow> rows)
    {
        using var ms = new MemoryStream();
        using (var j = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            j.WriteStartObject();
            j.WriteNumber("story", story.Id + 1);
            j.WriteString("first", story.First?.ToString("O", CultureInfo.InvariantCulture));
            j.WriteString("last", story.Last?.ToString("O", CultureInfo.InvariantCulture));
            j.WriteStartArray("keyTerms");
            foreach (var t in story.KeyTerms) j.WriteStringValue(t.TrimStart('@'));
            j.WriteEndArray();
            j.WriteStartArray("articles");
            foreach (var r in rows)
            {
                j.WriteStartObject();
                j.WriteString("id", r.Article.Id);
                j.WriteString("title", r.Article.Title);
                j.WriteString("outlet", r.Article.Outlet);
                j.WriteString("published", r.Article.Published?.ToString("O", CultureInfo.InvariantCulture));
                if (r.StoreId is { } sid) j.WriteNumber("storeId", sid);
                j.WriteString("lean", r.Lean);
                if (r.LeanProbabilities is [var pl, var pc, var prr])
                {
                    j.WriteNumber("pLeft", Math.Round(pl, 4)); j.WriteNumber("pCenter", Math.Round(pc, 4)); j.WriteNumber("pRight", Math.Round(prr, 4));
                }
                if (r.Hyperpartisan is { } v) j.WriteNumber("hyperpartisan", Math.Round(v, 4));
                j.WriteString("nearDuplicateOf", r.NearDuplicateOf);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}

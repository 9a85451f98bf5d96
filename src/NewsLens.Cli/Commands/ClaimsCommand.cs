using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsLens.Analyzers.Claims;
using NewsLens.Training.Claims;
using NewsLens.Analyzers.Quantities;
using NewsLens.Cli.Options;
using NewsLens.FactChecks;
using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Reports;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens claims FILE...</c>: ranks check-worthy claims. Articles give ranked claims as JSON or text;
/// with <c>--format checkthat</c>, CheckThat! transcripts and tweet files give run files in the lab's format. In the
/// accurate pipeline (the default) every unit is scored with claims.encoder.bin over the shared encoder's vectors too
/// (article sentences in context; transcript lines and tweets each encoded alone).
/// </summary>
internal static class ClaimsCommand
{
    private static readonly string[] Formats = ["json", "text", "checkthat"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article text files, or CheckThat! TSV files with --format checkthat.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json|text|checkthat", DefaultValueFactory = _ => "json" }.OneOf(Formats, Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Output folder (required for checkthat: one run file per input, same file name)." };
        var top = new Option<int>("--top") { Description = "For json/text: how many claims to list (at least 1).", DefaultValueFactory = _ => 10 }.AtLeast(1);
        var modelDir = ModelsOption.Create("Folder holding claims.bin, claims.encoder.bin for the accurate pipeline (and, for articles, the other model files).", ClaimModel.Spec.FileName);
        var pipelineOption = PipelineOption.Create();
        var maxChars = new Option<int>("--max-chars") { Description = "Largest input accepted (article or transcript), in characters.", DefaultValueFactory = _ => 5_000_000 }.AtLeast(1);
        var timeout = new Option<double>("--timeout") { Description = "Time limit per article in seconds.", DefaultValueFactory = _ => 60 }.Positive();
        var factChecks = FactChecksOption.Create();
        var cmd = new Command("claims", "Rank check-worthy claims with their quantities.") { paths, format, output, top, modelDir, pipelineOption, maxChars, timeout, factChecks };
        PipelineOption.RequireModels(cmd, pipelineOption, modelDir, [ClaimModel.Spec], [ClaimModel.Spec, ClaimEncoderModel.Spec]);
        cmd.SetAction((pr, ct) => Task.FromResult(Run(pr.GetValue(paths) ?? [], pr.GetValue(format) ?? "json", pr.GetValue(output), pr.GetValue(top), pr.GetValue(modelDir),
            PipelineOption.Kind(pr.GetValue(pipelineOption)),
            new PipelineOptions { MaxTextLength = pr.GetValue(maxChars), ArticleTimeout = TimeSpan.FromSeconds(pr.GetValue(timeout)) }, pr.GetValue(factChecks), ct)));
        return cmd;
    }

    private static int Run(string[] paths, string format, string? output, int top, string? modelDir, PipelineKind kind, PipelineOptions limits, string? factChecks, CancellationToken ct)
    {
        if (format != "checkthat" && ModelsOption.Problem(modelDir, PipelineOption.ModelFiles(kind)) is { } missing)
        {
            Console.Error.WriteLine($"newslens claims: {missing}");
            return ExitCodes.Usage;
        }
        if (format == "checkthat" && output is null)
        {
            Console.Error.WriteLine("newslens claims: --format checkthat needs an output folder (-o DIR)");
            return ExitCodes.Usage;
        }
        ClaimScorer scorer;
        NewsLens.Encoders.TransformerEncoder? encoder = null;
        try
        {
            scorer = ClaimScorer.Load(new ModelDirectory(modelDir), useEncoder: kind == PipelineKind.Accurate);
            // why: run files score units one by one; in the accurate pipeline each unit's text is encoded on its own
            if (format == "checkthat" && kind == PipelineKind.Accurate) encoder = NewsLens.Encoders.StandardPipelines.EncoderFor(new ModelDirectory(modelDir));
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine($"newslens claims: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
        var failures = new List<string>();
        // why: articles go through the default pipeline, so claims pick up the attributions layer when it is there
        AnalysisPipeline? pipeline;
        try
        {
            pipeline = format == "checkthat" ? null : NewsLens.Encoders.StandardPipelines.Create(kind, new ModelDirectory(modelDir), limits,
                extra: FactChecksOption.Analyzers(factChecks, new ModelDirectory(modelDir)));
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or PipelineConfigurationException or InvalidOperationException)
        {
            Console.Error.WriteLine($"newslens claims: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
        if (output is not null) Directory.CreateDirectory(output);
        foreach (var path in paths)
        {
            try
            {
                RefuseOversized(path, limits.MaxTextLength);
                if (format == "checkthat") RunCheckThat(scorer, encoder, path, output!, ct);
                else RunArticle(pipeline!, path, format, output, top, ct);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or InputRejectedException)
            {
                Console.Error.WriteLine($"newslens claims: {path}: {(ex is InputRejectedException r ? r.Problem : ex.Message)}");
                failures.Add(path);
            }
        }
        if (failures.Count > 0)
        {
            Console.Error.WriteLine($"newslens claims: {failures.Count} of {paths.Length} input(s) failed: {string.Join(", ", failures)}");
            return ExitCodes.SomeFailed;
        }
        return ExitCodes.Ok;
    }

    // why: a file is read whole; one larger than the char limit can take in UTF-8 is refused before it is read
    private static void RefuseOversized(string path, int maxChars)
    {
        long bytes = new FileInfo(path).Length;
        if (bytes > (long)maxChars * 3 + 4)
            throw new InputRejectedException(path, $"file is {bytes:N0} bytes, over the limit of {maxChars:N0} characters (raise it with --max-chars)");
    }

    private static void RunCheckThat(ClaimScorer scorer, NewsLens.Encoders.TransformerEncoder? encoder, string path, string outDir, CancellationToken ct)
    {
        var target = Path.Combine(outDir, Path.GetFileName(path));
        if (Path.GetFullPath(target) == Path.GetFullPath(path)) throw new IOException("the run file would overwrite its input; choose another -o folder");
        var sb = new StringBuilder();
        if (CheckThatReader.IsTweetFile(path))
        {
            var tweets = CheckThatReader.ReadTweets(path);
            var texts = tweets.Select(t => t.Text).ToList();
            var (doc, units) = ClaimDocuments.FromTexts(texts);
            var scores = scorer.ScoreUnits(doc, units, ClaimDomain.Tweet, encoder?.EncodeTextTable(texts, ct), ct);
            for (int i = 0; i < tweets.Count; i++)
                sb.Append(CultureInfo.InvariantCulture, $"{tweets[i].Topic}\t{tweets[i].TweetId}\t{scores[i]:0.######}\tnewslens\n");
        }
        else
        {
            var t = CheckThatReader.ReadTranscript(path);
            var texts = t.Lines.Select(l => l.Text).ToList();
            var (doc, units) = ClaimDocuments.FromTexts(texts, t.Lines.Select(l => (string?)l.Speaker).ToList());
            var scores = scorer.ScoreUnits(doc, units, ClaimDomain.Transcript, encoder?.EncodeTextTable(texts, ct), ct);
            for (int i = 0; i < t.Lines.Count; i++)
                sb.Append(CultureInfo.InvariantCulture, $"{t.Lines[i].LineNumber}\t{scores[i]:0.######}\n");
        }
        File.WriteAllText(target, sb.ToString());
        Console.Error.WriteLine($"newslens claims: wrote {target}");
    }

    private static void RunArticle(AnalysisPipeline pipeline, string path, string format, string? outDir, int top, CancellationToken ct)
    {
        var text = File.ReadAllText(path);
        var result = pipeline.Analyze(text, new NewsLens.Text.ArticleMetadata { Id = Path.GetFileName(path) }, ct);
        foreach (var d in result.Diagnostics) Console.Error.WriteLine($"newslens claims: {path}: {d.Source}: {d.Message}");
        var doc = result.Document;
        var ranked = doc.Get(ClaimLayers.Claims).OrderBy(c => c.Rank).Take(top).ToList();
        var checks = doc.Has(FactCheckLayers.FactChecks) ? doc.Get(FactCheckLayers.FactChecks).ToDictionary(f => f.SentenceIndex, f => f.Matches) : [];
        string rendered;
        if (format == "json")
        {
            var items = ranked.Select(c => new RankedClaim(c.Rank, c.Score, c.Class, doc[c.Span], c.Span, c.Reasons, c.Quantities, c.Attribution,
                checks.GetValueOrDefault(c.SentenceIndex))).ToList();
            rendered = JsonSerializer.Serialize(new ClaimsOutput(Path.GetFileName(path), doc.Sentences.Count, items), ReportJson.Options) + "\n";
        }
        else
        {
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"{path}: {doc.Sentences.Count} sentences\n");
            foreach (var c in ranked)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{c.Rank,3}. {c.Score:0.000} {c.Class,-12} {doc[c.Span]}\n");
                if (c.Reasons.Count > 0) sb.Append("       reasons: ").Append(string.Join(", ", c.Reasons)).Append('\n');
                foreach (var q in c.Quantities) sb.Append(CultureInfo.InvariantCulture, $"       quantity: \"{doc[q.Span]}\" = {q.Normalized}\n");
                if (c.Attribution is { } a) sb.Append(CultureInfo.InvariantCulture, $"       attribution: {a.Speaker ?? "unnamed source"} (cue \"{doc[a.Cue]}\")\n");
                foreach (var m in checks.GetValueOrDefault(c.SentenceIndex) ?? [])
                    sb.Append(CultureInfo.InvariantCulture, $"       fact-check {m.Score:0.00}: {m.Verdict ?? "no verdict given"} \"{m.Claim}\" {m.Url}\n");
            }
            rendered = sb.ToString();
        }
        if (outDir is null) Console.Out.Write(rendered);
        else File.WriteAllText(Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + (format == "json" ? ".claims.json" : ".claims.txt")), rendered);
    }

    private sealed record RankedClaim(int Rank, double Score, ClaimClass Class, string Text, NewsLens.Text.TextSpan Span,
        IReadOnlyList<ClaimReason> Reasons, IReadOnlyList<Quantity> Quantities, ClaimAttribution? Attribution,
        IReadOnlyList<FactCheckMatch>? FactChecks = null);

    private sealed record ClaimsOutput(string File, int Sentences, IReadOnlyList<RankedClaim> Claims);
}

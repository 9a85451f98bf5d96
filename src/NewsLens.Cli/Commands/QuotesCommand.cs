using System.CommandLine;
using System.Text;
using System.Text.Json;
using NewsLens.Analyzers.Attributions;
using NewsLens.Cli.Options;
using NewsLens.Models;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens quotes PATH --format brat|jsonl -o OUT`: attribution relations of a .txt file, or of every .txt file in a
/// folder, as brat .ann files (one per input, in folder OUT) or as JSON Lines (file OUT, one relation a line). Offsets
/// are code points.
/// </summary>
internal static class QuotesCommand
{
    private static readonly string[] Formats = ["jsonl", "brat"];

    public static Command Create()
    {
        var input = new Argument<string>("path") { Description = "A .txt file or a folder of .txt files (UTF-8)." };
        var format = new Option<string>("--format", "-f") { Description = "brat|jsonl", DefaultValueFactory = _ => "jsonl" }.OneOf(Formats, Formats);
        var output = new Option<string>("--output", "-o") { Description = "brat: output folder; jsonl: output file (default: standard output)" };
        var models = ModelsOption.Create("Folder holding attributions.encoder.bin (accurate) or attributions.bin (fast) (default: the usual model search).");
        var pipeline = PipelineOption.Create();
        var cmd = new Command("quotes", "Find who says what (source, cue, content) in a .txt file or a folder of them.") { input, format, output, models, pipeline };
        PipelineOption.RequireModel(cmd, pipeline, models, AttributionModel.Spec, AttributionModel.EncoderSpec);
        cmd.SetAction(pr =>
        {
            string path = pr.GetValue(input)!, fmt = pr.GetValue(format)!.ToLowerInvariant();
            string? outPath = pr.GetValue(output);
            if (!Directory.Exists(path) && !File.Exists(path)) { Console.Error.WriteLine($"newslens quotes: {path}: no such file or folder"); return ExitCodes.Usage; }
            if (fmt == "brat" && outPath is null) { Console.Error.WriteLine("newslens quotes: --format brat needs -o OUTDIR"); return ExitCodes.Usage; }
            AttributionExtractor extractor;
            Func<string, Document> open;
            try
            {
                var kind = PipelineOption.Kind(pr.GetValue(pipeline));
                var dir = new ModelDirectory(pr.GetValue(models));
                extractor = new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(dir, useEncoder: kind == NewsLens.Pipeline.PipelineKind.Accurate));
                // why: the accurate model reads the encoder's token vectors, written on each document before it runs
                open = PipelineOption.Opener(kind, dir);
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine($"newslens: {ex.Message}");
                return ExitCodes.Usage;
            }
            // why: a file named explicitly is read whatever its extension; a folder gives its .txt files
            var files = File.Exists(path) ? [path] : Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) { Console.Error.WriteLine($"newslens quotes: {path}: no .txt files in this folder"); return ExitCodes.Usage; }
            var failures = new List<string>();
            TextWriter? jsonl = null;
            if (fmt == "jsonl")
                jsonl = outPath is null ? Console.Out : new StreamWriter(outPath, false, new UTF8Encoding(false)) { NewLine = "\n" };
            else Directory.CreateDirectory(outPath!);
            try
            {
                foreach (var file in files)
                {
                    string name = Path.GetFileNameWithoutExtension(file);
                    try
                    {
                        string text = BoundedText.Read(file);
                        var found = extractor.Extract(open(text));
                        if (jsonl is not null) WriteJsonl(jsonl, name, text, found);
                        else File.WriteAllText(Path.Combine(outPath!, name + ".ann"), BratWriter.Write(text, found), new UTF8Encoding(false));
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
                    {
                        Console.Error.WriteLine($"newslens: {file}: {ex.Message}");
                        failures.Add(file);
                    }
                }
            }
            finally
            {
                if (jsonl is not null && !ReferenceEquals(jsonl, Console.Out)) jsonl.Dispose();
            }
            if (failures.Count > 0) Console.Error.WriteLine($"newslens: {failures.Count} of {files.Count} files failed: {string.Join(", ", failures)}");
            return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }

    private static void WriteJsonl(TextWriter w, string doc, string text, IReadOnlyList<Attribution> found)
    {
        var map = new CodePointMap(text);
        foreach (var a in found)
        {
            using var ms = new MemoryStream();
            using (var j = new Utf8JsonWriter(ms))
            {
                j.WriteStartObject();
                j.WriteString("doc", doc);
                Pair(j, "source", a.Source, map);
                Pair(j, "cue", a.Cue, map);
                Pair(j, "content", a.Content, map);
                j.WriteEndObject();
            }
            w.WriteLine(Encoding.UTF8.GetString(ms.ToArray()));
        }
    }

    private static void Pair(Utf8JsonWriter j, string name, TextSpan? span, CodePointMap map)
    {
        if (span is not { } s) { j.WriteNull(name); return; }
        j.WriteStartArray(name);
        j.WriteNumberValue(map.ToCodePoint(s.Start));
        j.WriteNumberValue(map.ToCodePoint(s.End));
        j.WriteEndArray();
    }
}

using System.CommandLine;
using System.Text;
using System.Text.Json;
using NewsLens.Analyzers.Attributions;
using NewsLens.Models;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens quotes DIR --format brat|jsonl -o OUT`: attribution relations of every .txt file in DIR, as brat .ann files
/// (one per input, in folder OUT) or as JSON Lines (file OUT, one relation a line). Offsets are code points.
/// </summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Folder of .txt files (UTF-8)." };
        var format = new Option<string>("--format", "-f") { Description = "brat|jsonl", DefaultValueFactory = _ => "jsonl" };
        var output = new Option<string>("--output", "-o") { Description = "brat: output folder; jsonl: output file (default: standard output)" };
        var cmd = new Command("quotes", "Find who says what (source, cue, content) in a folder of .txt files.") { dir, format, output };
        cmd.SetAction(pr =>
        {
            string folder = pr.GetValue(dir)!, fmt = pr.GetValue(format)!.ToLowerInvariant();
            string? outPath = pr.GetValue(output);
            if (fmt is not ("brat" or "jsonl")) { Console.Error.WriteLine($"newslens: --format {fmt}: expected brat or jsonl"); return ExitCodes.Usage; }
            if (!Directory.Exists(folder)) { Console.Error.WriteLine($"newslens: {folder}: no such folder"); return ExitCodes.Usage; }
            if (fmt == "brat" && outPath is null) { Console.Error.WriteLine("newslens: --format brat needs -o OUTDIR"); return ExitCodes.Usage; }
            AttributionExtractor extractor;
            try { extractor = new AttributionExtractor(AttributionsPipelineExtensions.LoadModel(ModelDirectory.Default)); }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine($"newslens: {ex.Message}");
                return ExitCodes.Usage;
            }
            var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
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
                        string text = File.ReadAllText(file);
                        var found = extractor.Extract(Document.Create(text));
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

using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsLens.Analyzers.Techniques;
using NewsLens.Training.Techniques;
using NewsLens.Cli.Options;
using NewsLens.Models;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens techniques DIR --task si|tc|full`: runs the technique tagger over a folder of PTC article&lt;ID&gt;.txt
/// files and writes the SemEval-2020 Task 11 formats, offsets in code points of the file (end exclusive).
/// </summary>
internal static class TechniquesCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Folder of PTC article<ID>.txt files." };
        var task = new Option<string>("--task") { Description = "si: <ID>\\t<start>\\t<end>; tc: fill a template's techniques; full: <ID>\\t<technique>\\t<start>\\t<end>.", DefaultValueFactory = _ => "full" };
        task.AcceptOnlyFromAmong("si", "tc", "full");
        var template = new Option<string?>("--template") { Description = "With --task tc: the PTC template (<ID>\\t?\\t<start>\\t<end>)." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var models = ModelsOption.Create("Folder holding techniques.bin / techniques.encoder.bin (default: the usual model search).");
        var pipeline = PipelineOption.Create();
        var cmd = new Command("techniques", "Find propaganda techniques in PTC articles and write the SemEval-2020 Task 11 formats.") { dir, task, template, output, models, pipeline };
        PipelineOption.RequireModel(cmd, pipeline, models, TechniqueModel.Spec, TechniqueModel.EncoderSpec);
        cmd.SetAction(pr =>
        {
            string folder = pr.GetValue(dir)!;
            string t = pr.GetValue(task)!;
            string? templatePath = pr.GetValue(template);
            if (!Directory.Exists(folder)) { Console.Error.WriteLine($"newslens techniques: folder not found: {folder}"); return ExitCodes.Usage; }
            if (t == "tc" && templatePath is null) { Console.Error.WriteLine("newslens techniques: --task tc needs --template FILE"); return ExitCodes.Usage; }
            TechniqueModel model;
            Func<string, Document> open;
            try
            {
                var kind = PipelineOption.Kind(pr.GetValue(pipeline));
                var models_ = new ModelDirectory(pr.GetValue(models));
                var spec = kind == NewsLens.Pipeline.PipelineKind.Accurate ? TechniqueModel.EncoderSpec : TechniqueModel.Spec;
                model = TechniqueModel.Load(models_.Require(spec.FileName, spec.TrainCommand));
                // why: the accurate model reads the encoder's layers, written on each document before the model runs
                open = PipelineOption.Opener(kind, models_);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"newslens techniques: {ex.Message}");
                return ExitCodes.SomeFailed;
            }
            var failures = new List<string>();
            var sb = new StringBuilder();
            if (t == "tc") RunTemplate(model, open, folder, templatePath!, sb, failures);
            else RunArticles(model, open, folder, t == "full", sb, failures);
            var outPath = pr.GetValue(output);
            if (outPath is null) Console.Out.Write(sb.ToString());
            else File.WriteAllText(outPath, sb.ToString());
            foreach (var f in failures) Console.Error.WriteLine($"newslens techniques: {f}");
            if (failures.Count > 0) Console.Error.WriteLine($"newslens techniques: {failures.Count} input(s) failed");
            return failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }

    private static void RunArticles(TechniqueModel model, Func<string, Document> open, string folder, bool withTechnique, StringBuilder sb, List<string> failures)
    {
        foreach (var (id, path) in PtcCorpus.ListArticles(folder))
        {
            try
            {
                // why: the whole file, title line included and unrewritten, so offsets match the PTC files
                var text = BoundedText.Read(path);
                var doc = open(text);
                var cp = new CodePointMap(text);
                if (withTechnique)
                {
                    foreach (var s in model.Tag(doc))
                        sb.Append(id).Append('\t').Append(s.Technique).Append('\t').Append(Cp(cp, s.Span)).Append('\n');
                }
                else
                {
                    foreach (var (span, _) in model.IdentifySpans(doc))
                        sb.Append(id).Append('\t').Append(Cp(cp, span)).Append('\n');
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                failures.Add($"{path}: {ex.Message}");
            }
        }
    }

    private static void RunTemplate(TechniqueModel model, Func<string, Document> open, string folder, string templatePath, StringBuilder sb, List<string> failures)
    {
        Dictionary<string, List<PtcSpan>> rows;
        List<string> order;
        try
        {
            rows = PtcCorpus.ReadLabels(templatePath, hasTechnique: true);
            order = [.. File.ReadLines(templatePath).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).Distinct()];
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            failures.Add($"{templatePath}: {ex.Message}");
            return;
        }
        foreach (var id in order)
        {
            var path = Path.Combine(folder, $"article{id}.txt");
            var spans = rows[id];
            try
            {
                var text = BoundedText.Read(path);
                var cp = new CodePointMap(text);
                var utf16 = spans.Select(s => new TextSpan(cp.ToUtf16(s.Start), cp.ToUtf16(s.End))).ToList();
                var labels = model.Classify(open(text), utf16);
                for (int i = 0; i < spans.Count; i++)
                    sb.Append(id).Append('\t').Append(labels[i].Technique).Append('\t')
                      .Append(spans[i].Start.ToString(CultureInfo.InvariantCulture)).Append('\t')
                      .Append(spans[i].End.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentOutOfRangeException)
            {
                failures.Add($"{path}: {ex.Message} ({spans.Count} template rows left unfilled)");
            }
        }
    }

    private static string Cp(CodePointMap cp, TextSpan s) =>
        cp.ToCodePoint(s.Start).ToString(CultureInfo.InvariantCulture) + "\t" + cp.ToCodePoint(s.End).ToString(CultureInfo.InvariantCulture);
}

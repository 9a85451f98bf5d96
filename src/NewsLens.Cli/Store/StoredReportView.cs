using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Store;

namespace NewsLens.Cli.Store;

/// <summary>
/// A stored report in a format: JSON is the stored report itself. HTML and Markdown are drawn from typed layers, which
/// the store keeps as JSON, so the article is analysed again and its report compared with the stored one, byte for
/// byte (reports are deterministic); a difference means other analyzers wrote it, and nothing is drawn.
/// </summary>
internal sealed class StoredReportView(IArticleStore store, string? modelsDir, Func<PipelineKind, AnalysisPipeline>? pipelineFactory = null)
{
    public (string? Text, string? Error) Render(long id, string format)
    {
        if (store.Report(id) is not { } json) return (null, $"no article {id} in the store");
        if (format == "json") return (json + "\n", null);
        var input = store.Input(id)!.Value;
        var pipelineName = System.Text.Json.Nodes.JsonNode.Parse(json)?["pipeline"]?["name"]?.GetValue<string>() ?? "";
        if (!NewsLens.Encoders.StandardPipelines.TryParse(pipelineName, out var kind))
            return (null, $"article {id} was analysed by the '{pipelineName}' pipeline; only json can show it");
        var pipeline = pipelineFactory?.Invoke(kind) ?? NewsLens.Encoders.StandardPipelines.Create(kind, new ModelDirectory(modelsDir));
        var result = pipeline.Analyze(input.Text, input.Metadata);
        if (ReportJson.Serialize(result) != json)
            return (null, $"article {id}'s stored report was written by other analyzer versions or models than these; run newslens reanalyze, or show it with --format json");
        var writer = ReportWriters.Get(format);
        var text = new StringWriter();
        writer.Write(result, text);
        return (text.ToString(), null);
    }
}

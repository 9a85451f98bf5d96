using NewsLens.Models;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Store;

namespace NewsLens.Cli.Store;

/// <summary>
/// A stored report in a format: JSON is the stored report itself, with the article's story added as a last property
/// when it has one. HTML and Markdown are drawn from typed layers, which
/// the store keeps as JSON, so the article is analysed again and its report compared with the stored one, byte for
/// byte (reports are deterministic); a difference means other analyzers wrote it, and nothing is drawn.
/// </summary>
/// <param name="factChecks">the store's fact-check index: an article whose report holds fact-check matches is analysed again with it.</param>
internal sealed class StoredReportView(IArticleStore store, string? modelsDir, Func<PipelineKind, AnalysisPipeline>? pipelineFactory = null, string? factChecks = null)
{
    public (string? Text, string? Error) Render(long id, string format)
    {
        if (store.Report(id) is not { } json) return (null, $"no article {id} in the store");
        if (format == "json") return (WithProvenance(WithStory(json, id, format), id, format) + "\n", null);
        var input = store.Input(id)!.Value;
        var pipelineName = System.Text.Json.Nodes.JsonNode.Parse(json)?["pipeline"]?["name"]?.GetValue<string>() ?? "";
        if (!NewsLens.Encoders.StandardPipelines.TryParse(pipelineName, out var kind))
            return (null, $"article {id} was analysed by the '{pipelineName}' pipeline; only json can show it");
        // why: matches are part of the stored report, so the report drawn again must match the claims against the same index
        bool matched = System.Text.Json.Nodes.JsonNode.Parse(json)?["layers"]?[NewsLens.FactChecks.FactCheckLayers.FactChecks.Name] is not null;
        var pipeline = pipelineFactory?.Invoke(kind) ?? NewsLens.Encoders.StandardPipelines.Create(kind, new ModelDirectory(modelsDir),
            extra: matched ? Options.FactChecksOption.Analyzers(factChecks, new ModelDirectory(modelsDir)) : null);
        var result = pipeline.Analyze(input.Text, input.Metadata);
        if (ReportJson.Serialize(result) != json)
            return (null, $"article {id}'s stored report was written by other analyzer versions or models than these; run newslens reanalyze, or show it with --format json");
        var writer = ReportWriters.Get(format);
        var text = new StringWriter();
        writer.Write(result, text);
        return (WithProvenance(WithStory(text.ToString(), id, format), id, format), null);
    }

    /// <summary>The drawn report followed by the article's story: the other stored articles grouped with it (by
    /// <c>newslens stories</c> or <c>ingest</c>), with their store ids, dates, outlets and titles.</summary>
    private string WithStory(string report, long id, string format)
    {
        // why: one pass over the store; show is for one article at a time
        var all = store.Articles().Select(a => (a.Id, a.Story, a.Published, a.Outlet, a.Title)).ToList();
        var story = all.FirstOrDefault(a => a.Id == id).Story;
        if (story is null) return report;
        var others = all.Where(a => a.Story == story && a.Id != id).ToList();
        string Line((long Id, string? Story, DateTimeOffset? Published, string? Outlet, string? Title) a) =>
            $"{a.Id}: {a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}, {a.Outlet ?? "unknown outlet"}, {a.Title ?? "untitled"}";
        if (format == "json")
        {
            // why: the stored report stays as stored; the story is one property added at its end
            var node = System.Text.Json.Nodes.JsonNode.Parse(report)!.AsObject();
            node["story"] = new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = story,
                ["articles"] = new System.Text.Json.Nodes.JsonArray([.. others.Select(o => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                {
                    ["id"] = o.Id,
                    ["published"] = o.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    ["outlet"] = o.Outlet,
                    ["title"] = o.Title,
                })]),
            };
            return node.ToJsonString(ReportJson.Options);
        }
        string heading = $"Story {story}: {others.Count} other stored article(s)";
        if (format is "md" or "markdown")
            return report.TrimEnd('\n') + "\n\n## " + heading + "\n\n" + string.Concat(others.Select(o => "- " + Line(o).Replace("\n", " ") + "\n"));
        var section = "<section class=\"story\" aria-label=\"Story\"><h2>" + System.Net.WebUtility.HtmlEncode(heading) + "</h2><ul>"
            + string.Concat(others.Select(o => "<li>" + System.Net.WebUtility.HtmlEncode(Line(o)) + "</li>")) + "</ul></section>\n";
        int end = report.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? report + section : report.Insert(end, section);
    }

    /// <summary>The report followed by the article's provenance (<see cref="ProvenanceView"/>) when <c>newslens provenance</c> recorded any.</summary>
    private string WithProvenance(string report, long id, string format)
    {
        if (store is not IArticleRelations) return report;
        var view = ProvenanceView.Of(store, id);
        if (view.IsEmpty) return report;
        if (format == "json")
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(report)!.AsObject();
            node["provenance"] = view.ToJson();
            return node.ToJsonString(ReportJson.Options);
        }
        if (format is "md" or "markdown") return report.TrimEnd('\n') + "\n" + view.ToText(markdown: true);
        int end = report.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? report + view.ToHtml() : report.Insert(end, view.ToHtml());
    }
}

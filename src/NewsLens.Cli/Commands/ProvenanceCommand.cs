using System.CommandLine;
using System.Text.Json;
using NewsLens.Analyzers.Attributions;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;
using NewsLens.Pipeline;
using NewsLens.Reports;
using NewsLens.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens provenance [ID] [--db FILE]</c>: the earlier stored articles making an article's claims, the stored articles
/// it cites, and its discrepancies with them; recorded in the store (links <c>same-claim</c> and <c>cites</c>, comparisons).
/// Without an id, every stored article (or those since a date) is looked at.
/// </summary>
internal static class ProvenanceCommand
{
    public static Command Create()
    {
        var id = new Argument<long?>("id") { Description = "One stored article (as search prints it); without it, every stored article.", Arity = ArgumentArity.ZeroOrOne };
        var db = DbOption.Create();
        var since = new Option<DateTimeOffset?>("--since") { Description = "Without an id: only articles published on or after this date (yyyy-mm-dd), undated ones included." };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json (with an id: one object; without: one line per article looked at).", DefaultValueFactory = _ => "text" }.OneOf(["text", "json"], ["text", "json"]);
        var pipeline = new Option<string>("--pipeline") { Description = "fast (default) or accurate: the pipeline that prepares both sides of each comparison, as in `compare`.", DefaultValueFactory = _ => PipelineInfo.FastName }
            .OneOf([PipelineInfo.AccurateName, PipelineInfo.FastName], [PipelineInfo.AccurateName, PipelineInfo.FastName]);
        var models = ModelsOption.Create("Folder holding the attribution model (default: the usual model search).");
        var output = StoreOutput.Create("The provenance");
        var cmd = new Command("provenance", "Earlier stored articles making the same claims, stored articles cited, and discrepancies with them; recorded in the store.") { id, db, since, format, pipeline, models, output };
        PipelineOption.RequireModel(cmd, pipeline, models, AttributionModel.Spec, AttributionModel.EncoderSpec);
        cmd.SetAction((pr, ct) =>
        {
            using var store = StoreFactory.Open(pr.GetValue(db)!, create: false);
            long? only = pr.GetValue(id);
            if (only is { } one && store.Input(one) is null)
            {
                Console.Error.WriteLine($"newslens provenance: no article {one} in the store");
                return Task.FromResult(ExitCodes.SomeFailed);
            }
            var kind = PipelineOption.Kind(pr.GetValue(pipeline));
            var runner = new ProvenanceRunner(() => ProvenanceRunner.ComparePipeline(kind, pr.GetValue(models)));
            var (found, problems) = runner.Run(store, only, pr.GetValue(since), ct);
            foreach (var p in problems) Console.Error.WriteLine($"newslens provenance: {p}");
            bool json = pr.GetValue(format) == "json";
            int code = StoreOutput.To(pr.GetValue(output), w =>
            {
                if (only is { } one)
                {
                    var view = ProvenanceView.Of(store, one, found.Single());
                    if (json) w.WriteLine(view.ToJson().ToJsonString(ReportJson.Options));
                    else w.Write($"article {one}" + (view.IsEmpty ? ": no earlier article makes its claims, and it cites none stored\n" : "\n") + view.ToText(false, store.Input(one)!.Value.Text));
                    return ExitCodes.Ok;
                }
                foreach (var f in found)
                {
                    int flags = f.Comparisons.Sum(c => c.Discrepancies.Count);
                    if (json)
                    {
                        var o = ProvenanceView.Of(store, f.Provenance.Id, f).ToJson();
                        o.Insert(0, "id", f.Provenance.Id);
                        w.WriteLine(o.ToJsonString(ReportJson.CompactOptions));
                    }
                    else if (f.Provenance.SameClaims.Count + f.Provenance.Cites.Count > 0)
                        w.WriteLine($"article {f.Provenance.Id}: {f.Provenance.SameClaims.Select(e => e.Other).Distinct().Count()} earlier article(s) with the same claims, cites {f.Provenance.Cites.Count} stored, {flags} discrepancy flag(s)");
                }
                return ExitCodes.Ok;
            });
            Console.Error.WriteLine($"newslens provenance: {found.Count} article(s) looked at: {found.Sum(f => f.Provenance.SameClaims.Select(e => e.Other).Distinct().Count())} same-claim link(s), {found.Sum(f => f.Provenance.Cites.Count)} citation(s) of stored articles, {found.Sum(f => f.Comparisons.Sum(c => c.Discrepancies.Count))} discrepancy flag(s)");
            return Task.FromResult(problems.Count > 0 ? ExitCodes.SomeFailed : code);
        });
        return cmd;
    }
}

using System.CommandLine;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;

namespace NewsLens.Cli.Commands;

internal static class ReanalyzeCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var layer = new Option<string?>("--layer") { Description = "Only articles whose layer NAME is stale (e.g. techniques, verdict)." };
        var models = ModelsOption.Create("Directory of model files (default: models/ beside the program or in the checkout).");
        var pipeline = PipelineOption.Create();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles analysed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeast(1);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output." };
        var output = StoreOutput.Create("The count of articles analysed again");
        var cmd = new Command("reanalyze", "Analyse again the stored articles whose analyzer version or model changed.") { db, layer, models, pipeline, jobs, quiet, output };
        cmd.Validators.Add(r =>
        {
            if (!PipelineOption.TryKind(r.GetValue(pipeline), out var kind)) return;
            if (ModelsOption.Problem(r.GetValue(models), PipelineOption.ModelFiles(kind)) is { } p) r.AddError(p);
        });
        cmd.SetAction((pr, ct) => Task.FromResult(StoreOutput.To(pr.GetValue(output), o => new ReanalyzeRunner(o, Console.Error).Run(pr.GetValue(db)!, PipelineOption.Kind(pr.GetValue(pipeline)),
            pr.GetValue(models), pr.GetValue(layer), pr.GetValue(jobs), pr.GetValue(quiet), ct))));
        return cmd;
    }
}

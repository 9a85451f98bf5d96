using System.CommandLine;
using NewsLens.Analyzers.Outlets;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens outlets QUERY...`: looks outlets up by domain, URL or name and prints their ratings.</summary>
internal static class OutletsCommand
{
    public static Command Create()
    {
        var queries = new Argument<string[]>("queries") { Description = "Domains, URLs or outlet names.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var registryFile = new Option<string?>("--registry") { Description = "Your own ratings file, in the embedded registry's TSV format (gzip or plain)." };
        var cmd = new Command("outlets", "Look up an outlet's factuality and bias ratings in the registry.") { queries, output, registryFile };
        cmd.SetAction(pr =>
        {
            OutletRegistry registry;
            try { registry = pr.GetValue(registryFile) is { } path ? OutletRegistry.LoadFile(path) : OutletRegistry.Embedded; }
            catch (InvalidDataException ex)
            {
                Console.Error.WriteLine($"newslens outlets: --registry {ex.Message}");
                return ExitCodes.Usage;
            }
            var outPath = pr.GetValue(output);
            using var file = outPath is null or "-" ? null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            var w = file ?? Console.Out;
            int failed = 0;
            foreach (var q in pr.GetValue(queries) ?? [])
            {
                var m = registry.Lookup(q);
                if (m is null)
                {
                    Console.Error.WriteLine($"newslens: {q}: no outlet in the registry matches");
                    failed++;
                    continue;
                }
                var r = m.Outlet;
                w.WriteLine($"{q}\t(matched by {m.MatchedBy})");
                w.WriteLine($"  name:        {Or(r.Name)}");
                w.WriteLine($"  category:    {NewsLens.Analyzers.Outlets.OutletLabels.Describe(r)}");
                w.WriteLine($"  domain:      {r.Domain}");
                w.WriteLine($"  factuality:  {Or(NewsLens.Analyzers.Outlets.OutletLabels.Factuality(r.Factuality))} (MBFC: {Or(r.Factuality)})   {Or(NewsLens.Analyzers.Outlets.OutletLabels.Factuality(r.BalyFactuality))} (Baly et al.: {Or(r.BalyFactuality)})");
                w.WriteLine($"  bias:        {Or(NewsLens.Analyzers.Outlets.OutletLabels.Bias(r.Bias))} (MBFC: {Or(r.Bias)})   {Or(NewsLens.Analyzers.Outlets.OutletLabels.Bias(r.BalyBias))} (Baly et al.: {Or(r.BalyBias)})");
                w.WriteLine($"  credibility: {Or(NewsLens.Analyzers.Outlets.OutletLabels.Credibility(r.Credibility))} (MBFC: {Or(r.Credibility)})");
                w.WriteLine($"  provenance:  {r.Provenance}   {r.ReviewUrl}");
            }
            if (registry.Notice.Length > 0) w.WriteLine("\n" + registry.Notice);
            return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }

    private static string Or(string s) => s.Length == 0 ? "-" : s;
}

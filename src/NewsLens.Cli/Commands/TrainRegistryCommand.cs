using System.CommandLine;
using NewsLens.Training.Outlets;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens train registry`: compiles the outlet registry data file from MBFC and Baly et al.</summary>
internal static class TrainRegistryCommand
{
    public static Command Create()
    {
        var mbfc = new Option<string>("--mbfc") { Description = "folder holding MBFC sources.json", DefaultValueFactory = _ => TrainAttributionsCommand.SharedDataPath("mbfc-sources-mbfcext") };
        var baly = new Option<string>("--baly") { Description = "folder holding emnlp18/ and acl2020/ corpus.tsv", DefaultValueFactory = _ => TrainAttributionsCommand.SharedDataPath("news-media-reliability-baly") };
        var output = new Option<string>("--output", "-o") { Description = "registry file to write", DefaultValueFactory = _ => Path.Combine("src", "NewsLens", "Analyzers", "Outlets", "Data", "outlets.tsv.gz") };
        var cmd = new Command("registry", "Compile the outlet reliability registry (embedded data file).") { mbfc, baly, output };
        cmd.SetAction(pr =>
        {
            string m = pr.GetValue(mbfc)!, b = pr.GetValue(baly)!, o = pr.GetValue(output)!;
            if (!File.Exists(Path.Combine(m, "sources.json")))
            {
                Console.Error.WriteLine($"newslens: {m}: sources.json not found");
                return ExitCodes.Usage;
            }
            var registry = RegistryCompiler.Compile(m, b, Console.WriteLine);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(o))!);
            using (var fs = File.Create(o)) registry.Save(fs);
            Console.WriteLine($"wrote {o}: {registry.Count} outlets, {new FileInfo(o).Length / 1024} KB");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

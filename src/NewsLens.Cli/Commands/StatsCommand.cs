using System.CommandLine;
using System.Globalization;
using NewsLens.Cli.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var output = StoreOutput.Create("The summary");
        var cmd = new Command("stats", "Summarise the store: articles, outlets, date range, layers.") { db, output };
        cmd.SetAction(pr =>
        {
            using var store = StoreFactory.Open(pr.GetValue(db)!, create: false);
            var s = store.Stats();
            return StoreOutput.To(pr.GetValue(output), o => Print(StoreFactory.Describe(store, pr.GetValue(db)!), s, o));
        });
        return cmd;
    }

    private static int Print(string path, NewsLens.Store.StoreStats s, TextWriter o)
    {
            var inv = CultureInfo.InvariantCulture;
            o.WriteLine($"store      {path} (schema {s.SchemaVersion}, {s.Bytes / 1048576.0:0.0} MB, {(s.Articles > 0 ? s.Bytes / (double)s.Articles / 1024 : 0):0.0} KB per article)");
            o.WriteLine(string.Create(inv, $"articles   {s.Articles:N0} ({s.Duplicates:N0} duplicate records not stored again, {s.Links:N0} links)"));
            o.WriteLine(string.Create(inv, $"outlets    {s.Outlets:N0}{(s.TopOutlets.Count > 0 ? ": " + string.Join(", ", s.TopOutlets.Select(t => $"{t.Outlet} {t.Articles:N0}")) : "")}"));
            o.WriteLine($"dates      {(s.First is null ? "none" : $"{StoreDates.Show(s.First)} to {StoreDates.Show(s.Last)}")}");
            o.WriteLine("layers");
            foreach (var l in s.Layers)
                o.WriteLine(string.Create(inv, $"  {l.Name,-16} {l.Articles,10:N0}  {l.Analyzer} {l.Version}{(l.ModelSha256 is { } m ? " model " + m[..12] : "")}"));
            return ExitCodes.Ok;
    }
}

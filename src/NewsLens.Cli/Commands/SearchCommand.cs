using System.CommandLine;
using NewsLens.Cli.Options;
using NewsLens.Cli.Store;
using NewsLens.Store;
using NewsLens.Store.Postgres;

namespace NewsLens.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("query") { Description = "Words to find (all of them; \"a phrase\" in quotes). Empty: filters alone, newest first.", Arity = ArgumentArity.ZeroOrOne };
        var db = DbOption.Create();
        var outlet = new Option<string?>("--outlet") { Description = "Only this outlet (ignoring case)." };
        var from = DateOption("--from", "Published on or after this date (yyyy-mm-dd).");
        var to = DateOption("--to", "Published on or before this date (yyyy-mm-dd).");
        var technique = new Option<string?>("--technique") { Description = "Only articles with this propaganda technique (e.g. Loaded_Language)." };
        var lean = new Option<string?>("--lean") { Description = "Only this lean: left, center or right." }.OneOf(["left", "center", "right"], ["left", "center", "right"]);
        var vmin = Probability("--verdict-min", "Hyperpartisan probability at least this (0-1).");
        var vmax = Probability("--verdict-max", "Hyperpartisan probability at most this (0-1).");
        var hasClaim = new Option<bool>("--has-claim") { Description = "Only articles with a check-worthy claim." };
        var quoteBy = new Option<string?>("--has-quote-by") { Description = "Only articles quoting this speaker (full name or last name)." };
        var limit = new Option<int>("--limit", "-n") { Description = "Results to show.", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var format = new Option<string>("--format", "-f") { Description = "text or jsonl.", DefaultValueFactory = _ => SearchOutput.Text }.OneOf(SearchOutput.Formats, SearchOutput.Formats);
        var output = StoreOutput.Create("Results");
        var cmd = new Command("search", "Search the store: ranked results with snippets.") { query, db, outlet, from, to, technique, lean, vmin, vmax, hasClaim, quoteBy, limit, format, output };
        cmd.SetAction(pr =>
        {
            string? text = pr.GetValue(query);
            if (!string.IsNullOrWhiteSpace(text) && FtsQuery.From(text) is null)
            {
                Console.Error.WriteLine($"newslens search: the query '{text}' holds no word to search for");
                return ExitCodes.Usage;
            }
            using var store = StoreFactory.Open(pr.GetValue(db)!, create: false);
            var hits = store.Search(new SearchQuery
            {
                Text = text ?? "",
                Outlet = pr.GetValue(outlet),
                From = StoreDates.TryParse(pr.GetValue(from), endOfDay: false, out var f) ? f : null,
                To = StoreDates.TryParse(pr.GetValue(to), endOfDay: true, out var t) ? t : null,
                Technique = pr.GetValue(technique),
                Lean = pr.GetValue(lean)?.ToLowerInvariant(),
                VerdictMin = pr.GetValue(vmin),
                VerdictMax = pr.GetValue(vmax),
                HasClaim = pr.GetValue(hasClaim),
                QuoteBy = pr.GetValue(quoteBy),
                Limit = pr.GetValue(limit),
            });
            return StoreOutput.To(pr.GetValue(output), o => { SearchOutput.Write(hits, pr.GetValue(format)!.ToLowerInvariant(), o); return ExitCodes.Ok; });
        });
        return cmd;
    }

    private static Option<string?> DateOption(string name, string description)
    {
        var o = new Option<string?>(name) { Description = description };
        o.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !StoreDates.TryParse(r.Tokens[^1].Value, false, out _)) r.AddError($"{name} must be a date like 2026-11-20 (got '{r.Tokens[^1].Value}')");
        });
        return o;
    }

    private static Option<double?> Probability(string name, string description)
    {
        var o = new Option<double?>(name) { Description = description };
        o.Validators.Add(r =>
        {
            double? v;
            try { v = r.GetValueOrDefault<double?>(); } catch (InvalidOperationException) { return; }
            if (v is { } x && !(x >= 0 && x <= 1)) r.AddError($"{name} must be between 0 and 1 (got {x})");
        });
        return o;
    }
}

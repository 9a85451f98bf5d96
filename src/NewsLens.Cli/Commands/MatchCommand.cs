using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsLens.Cli.Options;
using NewsLens.Encoders;
using NewsLens.FactChecks;
using NewsLens.Models;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens match</c>: ranks verified claims for each query and writes a TREC run
/// (<c>qid Q0 docid rank score newslens</c>), optionally scoring it against qrels.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var claims = new Option<string?>("--claims") { Description = "Verified claims to index first (.tsv, ClaimReview .json/.jsonld/.jsonl)." };
        var index = new Option<string?>("--index") { Description = "An index written by `newslens factchecks import` (instead of --claims)." };
        var queries = new Option<string>("--queries") { Description = "Queries, id<TAB>text a line (CheckThat! tweets.queries.tsv).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "Output format: trec.", DefaultValueFactory = _ => "trec" }.OneOf(["trec"], ["trec"]);
        var output = new Option<string?>("--output", "-o") { Description = "Run file to write (default: standard output)." };
        var top = new Option<int>("--top") { Description = "Claims listed per query.", DefaultValueFactory = _ => 1000 }.AtLeast(1);
        var qrels = new Option<string?>("--qrels") { Description = "TREC qrels: print MAP@1/3/5/10 and MRR of the run on standard error." };
        var models = ModelsOption.Create("Folder holding factchecks.reranker.bin (without it the first-stage fusion ranks alone).");
        var cmd = new Command("match", "Rank verified claims for each query (fact-check retrieval) and write a TREC run.") { claims, index, queries, format, output, top, qrels, models };
        cmd.Validators.Add(r =>
        {
            if ((r.GetValue(claims) is null) == (r.GetValue(index) is null)) r.AddError("give exactly one of --claims FILE and --index FILE");
        });
        cmd.SetAction((pr, ct) => Task.FromResult(Run(pr.GetValue(claims), pr.GetValue(index), pr.GetValue(queries)!, pr.GetValue(output),
            pr.GetValue(top), pr.GetValue(qrels), pr.GetValue(models), ct)));
        return cmd;
    }

    private static int Run(string? claimsPath, string? indexPath, string queriesPath, string? output, int top, string? qrelsPath, string? modelsDir, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        IFactCheckIndex index;
        try
        {
            index = indexPath is not null ? FactCheckIndex.Read(indexPath) : BuildIndex(claimsPath!, ct);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newslens match: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
        if (!File.Exists(queriesPath))
        {
            Console.Error.WriteLine($"newslens match: {queriesPath}: no such file");
            return ExitCodes.Usage;
        }
        var (queries, problems) = QueryTsvReader.ReadQueries(queriesPath);
        foreach (var p in problems) Console.Error.WriteLine($"left out: {p}");
        var reRanker = FactCheckReRanker.Find(new ModelDirectory(modelsDir));
        var matcher = new FactCheckMatcher(index, reRanker);
        var encoder = index.EncoderKey is null ? null : ClaimEncoder.Shared;
        var cleaned = queries.Select(q => new MatchQuery(q.Text).Text).ToArray();
        var vectors = encoder?.Encode(cleaned, ct);
        var parts = cleaned.Select(MatchText.Parts).ToArray();
        var partVectors = encoder?.Encode([.. parts.SelectMany(p => p)], ct);
        var partStarts = new int[parts.Length];
        for (int i = 1; i < parts.Length; i++) partStarts[i] = partStarts[i - 1] + parts[i - 1].Count;
        Console.Error.WriteLine($"{index.Count:N0} verified claims, {queries.Count:N0} queries encoded; re-ranker: {(matcher.ReRanks ? FactCheckReRanker.FileName : "none")}");
        var runs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using (var writer = output is null ? Console.Out : new StreamWriter(output))
        {
            for (int i = 0; i < queries.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var mine = partVectors?[partStarts[i]..(partStarts[i] + parts[i].Count)];
                var hits = matcher.Match(new MatchQuery(queries[i].Text, vectors?[i], mine), top);
                runs[queries[i].Id] = [.. hits.Select(h => index.Claim(h.Row).Id)];
                for (int r = 0; r < hits.Count; r++)
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{queries[i].Id} Q0 {index.Claim(hits[r].Row).Id} {r + 1} {hits[r].Score:0.######} newslens\n"));
            }
        }
        Console.Error.WriteLine($"matched {queries.Count:N0} queries in {sw.Elapsed.TotalSeconds:0.0} s");
        if (qrelsPath is not null) Console.Error.WriteLine(RetrievalMetrics.Score(runs, QueryTsvReader.ReadQrels(qrelsPath)).ToString());
        return problems.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static FactCheckIndex BuildIndex(string path, CancellationToken ct)
    {
        var claims = new List<VerifiedClaim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in VerifiedClaimReaders.Read(path))
        {
            if (record.Claim is null) Console.Error.WriteLine($"left out: {record.Where}: {record.Error}");
            else if (ids.Add(record.Claim.Id)) claims.Add(record.Claim);
        }
        return FactCheckIndex.Build(claims, ClaimEncoder.Shared, ct);
    }
}

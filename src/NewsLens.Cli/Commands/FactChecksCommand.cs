using System.CommandLine;
using System.Diagnostics;
using NewsLens.Cli.Store;
using NewsLens.Encoders;
using NewsLens.FactChecks;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens factchecks import FILE... -o FILE</c> (alias <c>--index</c>): reads verified claims (CheckThat! TSV, ClaimReview JSON /
/// JSON-LD / JSON Lines) and writes a self-contained index with BM25 postings and the encoder's vectors.
/// </summary>
internal static class FactChecksCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Verified-claim files: .tsv (vclaim_id<TAB>vclaim<TAB>title), .json/.jsonld (ClaimReview), .jsonl.", Arity = ArgumentArity.OneOrMore };
        var index = new Option<string?>("--output", "-o", "--index") { Description = "Index file to write (e.g. factchecks.nlidx); rebuilt from the files given." };
        var db = new Option<string?>("--db") { Description = "Instead of -o: the SQLite store whose fact-check index to write (beside it, NAME.factchecks.nlidx), which ingest, reanalyze and show then match against." };
        var noVectors = new Option<bool>("--no-vectors") { Description = "Lexical index only (BM25): no sentence vectors, much faster to build; matching loses the vector stage." };
        var import = new Command("import", "Read verified claims and write a fact-check index (claims, verdicts, links, BM25 postings, sentence vectors).") { files, index, db, noVectors };
        import.Validators.Add(r =>
        {
            if ((r.GetValue(index) is null) == (r.GetValue(db) is null)) r.AddError("give exactly one of -o FILE and --db STORE");
            else if (r.GetValue(db) is { } store && StoreFactChecks.PathFor(store) is null)
                r.AddError($"--db: a PostgreSQL store keeps no fact-check index; write one with -o FILE and give it to ingest as --factchecks FILE");
        });
        import.SetAction((pr, ct) => Task.FromResult(Import(pr.GetValue(files) ?? [], pr.GetValue(index) ?? StoreFactChecks.PathFor(pr.GetValue(db)!)!, !pr.GetValue(noVectors), ct)));
        return new Command("factchecks", "Verified claims that claims are matched against.") { import };
    }

    private static int Import(string[] files, string indexPath, bool vectors, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var claims = new List<VerifiedClaim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        int duplicates = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                failures.Add($"{file}: no such file");
                continue;
            }
            try
            {
                foreach (var record in VerifiedClaimReaders.Read(file))
                {
                    if (record.Claim is null) failures.Add($"{record.Where}: {record.Error}");
                    else if (!ids.Add(record.Claim.Id)) duplicates++; // why: fact-check pages repeat their markup; the first copy stands
                    else claims.Add(record.Claim);
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                failures.Add($"{file}: {ex.Message}");
            }
        }
        foreach (var f in failures) Console.Error.WriteLine($"left out: {f}");
        if (claims.Count == 0)
        {
            Console.Error.WriteLine("newslens factchecks import: no verified claim was read; no index written");
            return ExitCodes.SomeFailed;
        }
        Console.Error.WriteLine($"read {claims.Count:N0} verified claims ({claims.Count(c => c.Verdict is not null):N0} with a verdict, {duplicates:N0} repeated ids skipped) in {sw.Elapsed.TotalSeconds:0.0} s; {(vectors ? "encoding" : "indexing")}...");
        try
        {
            var built = FactCheckIndex.Build(claims, vectors ? ClaimEncoder.Shared : null, ct);
            built.Write(indexPath);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("interrupted; no index written");
            return ExitCodes.Interrupted;
        }
        Console.Error.WriteLine($"wrote {indexPath} ({new FileInfo(indexPath).Length / 1024:N0} KiB, {claims.Count:N0} claims) in {sw.Elapsed.TotalSeconds:0.0} s");
        if (failures.Count > 0) Console.Error.WriteLine($"{failures.Count} records failed (listed above)");
        return failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}

using System.Diagnostics;
using System.Globalization;
using NewsLens.Encoders;
using NewsLens.FactChecks;

namespace NewsLens.Bench.FactChecks;

/// <summary>
/// Import cost for N synthetic verified claims: read the TSV, build BM25, quantize vectors and write the index (vectors
/// given, not encoded), then the encoder's rate on a sample of the same claims, which import adds per claim and title.
/// Usage: <c>NewsLens.Bench.dll factcheck-import [claims=100000] [encodeSample=256]</c>.
/// </summary>
public static class FactCheckImport
{
    public static int Run(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        int sample = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 256;
        var gen = new SyntheticClaims(seed: 3);
        var dir = Directory.CreateTempSubdirectory("newslens-import-");
        try
        {
            var tsv = Path.Combine(dir.FullName, "claims.tsv");
            File.WriteAllLines(tsv, gen.Claims(n).Select(c => $"{c.Id}\t{c.Text}\t{c.Title}").Prepend("\tvclaim\ttitle"));
            var vectors = gen.Vectors(2 * n, 384);
            var sw = Stopwatch.StartNew();
            var claims = VerifiedClaimReaders.Read(tsv).Select(r => r.Claim!).ToList();
            double read = sw.Elapsed.TotalSeconds;
            var index = FactCheckIndex.Build(claims, new PreparedVectors(vectors, "synthetic"));
            double built = sw.Elapsed.TotalSeconds;
            var path = Path.Combine(dir.FullName, "f.nlidx");
            index.Write(path);
            double written = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var back = FactCheckIndex.Read(path);
            double load = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"{n:N0} claims: read {read:0.00} s, BM25 + quantize {built - read:0.00} s, write {written - built:0.00} s: {written:0.00} s without encoding; index {new FileInfo(path).Length / 1048576.0:0.0} MB, loads in {load:0.00} s ({back.Count:N0} claims)");
            var encoder = new ClaimEncoder(StandardPipelines.SharedEncoder(new EncoderOptions()));
            var texts = claims.Take(sample).SelectMany(c => new[] { c.Text, c.Title! }).ToArray();
            encoder.Encode(texts[..16]);
            sw.Restart();
            encoder.Encode(texts);
            double perText = sw.Elapsed.TotalSeconds / texts.Length;
            Console.WriteLine($"encoder (default threads, batched): {texts.Length} texts in {sw.Elapsed.TotalSeconds:0.0} s = {1 / perText:0} texts/s; {n:N0} claims and titles at that rate: {2 * n * perText:0} s");
            return 0;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

using System.Diagnostics;
using NewsLens.Fuzz;
using SharpFuzz;

// Run under afl-fuzz: `NewsLens.Fuzz TARGET` (see bench/scripts/afl-fuzz.sh). Replay saved inputs without afl-fuzz:
// `NewsLens.Fuzz replay TARGET FILE|FOLDER...` prints each outcome and its time; exit 1 when any input is a finding.
if (args.Length >= 1 && args[0] == "replay" && args.Length >= 3)
{
    var run = FuzzTargets.Create(args[1]) ?? throw new ArgumentException($"unknown target '{args[1]}'");
    int findings = 0;
    var files = args[2..].SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]);
    foreach (var file in files)
    {
        var sw = Stopwatch.StartNew();
        try { run(File.ReadAllBytes(file)); Console.WriteLine($"{file}: ok in {sw.Elapsed.TotalMilliseconds:0} ms"); }
        catch (Exception ex) { findings++; Console.WriteLine($"{file}: {ex.GetType().Name} in {sw.Elapsed.TotalMilliseconds:0} ms: {ex.Message}\n{ex.StackTrace}"); }
    }
    return findings == 0 ? 0 : 1;
}
if (args.Length != 1 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: NewsLens.Fuzz TARGET | replay TARGET FILE|FOLDER...  (targets: {string.Join(", ", FuzzTargets.Names)})");
    return 2;
}
// why: instrumented code may run only inside Fuzzer's loop, where the coverage map exists (before it, the first
// write to the map is an access violation); so the target, models included, is built on the first execution.
Action<byte[]>? target = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    target ??= FuzzTargets.Create(args[0])!;
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    target(copy.ToArray());
});
return 0;

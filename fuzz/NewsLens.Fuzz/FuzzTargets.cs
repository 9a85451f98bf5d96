using System.Text;
using NewsLens.Ingest;
using NewsLens.Ingest.Html;
using NewsLens.Ingest.Text;
using NewsLens.Pipeline;
using NewsLens.Text;

namespace NewsLens.Fuzz;

/// <summary>
/// One harness per reader (by its <c>--input-format</c> name, through <see cref="ReaderRegistry"/> as the CLI reads a
/// stream), <c>auto</c> (no format named: gzip detection, content sniffing, then the reader chosen), <c>segmenter</c>
/// and <c>pipeline</c> (the fast pipeline with the models the CLI loads, on the bytes decoded as UTF-8). Each takes the
/// input bytes and throws on a finding. Targets are built once per process; the pipeline loads its models then.
/// </summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["text", "json", "jsonl", "csv", "tsv", "xml", "html", "warc", "auto", "segmenter", "pipeline"];

    public static Action<byte[]>? Create(string name) => name switch
    {
        "segmenter" => Segmenter(),
        "pipeline" => Pipeline(),
        "html" => Html(),
        "auto" => Reader(null),
        _ when Names.Contains(name) => Reader(name),
        _ => null,
    };

    private static Action<byte[]> Reader(string? format)
    {
        var registry = new ReaderRegistry(new HtmlArticleExtractor());
        string name = "fuzz." + (format ?? "input");
        return bytes => ReaderOracle.Check(registry.Read(new MemoryStream(bytes, writable: false), name, format));
    }

    // why: the registry spools an HTML stream to a temporary file for HtmlReader; the harness calls what HtmlReader
    // calls on the file's bytes (decode by BOM/charset, extract), so an execution costs no disk I/O.
    private static Action<byte[]> Html()
    {
        var extractor = new HtmlArticleExtractor();
        long maxBytes = (long)HtmlExtractorOptions.Default.MaxInputChars * 3;
        return bytes =>
        {
            if (!HtmlDecoder.TryDecode(bytes, maxBytes, out var html, out var error))
            {
                if (string.IsNullOrWhiteSpace(error)) throw new FuzzFinding("decode failed without a reason");
                return;
            }
            var result = extractor.Extract(html);
            if (!result.IsArticle)
            {
                ReaderOracle.CheckItem(ReadItem.Fail("fuzz.html", $"not an article: {result.NotArticleReason}"));
                return;
            }
            ReaderOracle.CheckItem(ReadItem.Ok("fuzz.html", result.Article));
        };
    }

    private static Action<byte[]> Segmenter() => bytes =>
    {
        var text = Encoding.UTF8.GetString(bytes);
        var seg = Text.Segmenter.Default.Segment(text);
        int prev = 0;
        foreach (var t in seg.Tokens)
        {
            if (t.Start < prev || t.End > text.Length || t.End <= t.Start) throw new FuzzFinding($"token [{t.Start}, {t.End}) out of order or outside the text");
            prev = t.End;
        }
    };

    private static Action<byte[]> Pipeline()
    {
        // why: no per-article timeout, so a slow input shows as an afl-fuzz hang instead of a recorded diagnostic
        var pipeline = NewsLens.Encoders.StandardPipelines.Create(PipelineKind.Fast, options: new PipelineOptions { ArticleTimeout = null });
        return bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            var result = pipeline.Analyze(text);
            if (result.HasErrors) throw new FuzzFinding("analyzer failed: " + string.Join("; ", result.Diagnostics.Select(d => d.Source + ": " + d.Message)));
            _ = NewsLens.Reports.ReportJson.Serialize(result, indented: false);
        };
    }
}

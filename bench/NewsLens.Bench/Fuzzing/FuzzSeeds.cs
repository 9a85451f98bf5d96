using System.Text;

namespace NewsLens.Bench.Fuzzing;

/// <summary>Small seed inputs per target, written for the fuzzer (never copied from a corpus).</summary>
internal static class FuzzSeeds
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    private const string Article = "Council approves budget\n\nThe council approved a \u00A340 million budget on Monday, according to a statement. " +
        "\u201CWe will act,\u201D said Mayor Ann Cole. Critics said the plan was \u201Creckless\u201D.\n\nThe vote was 7-2 (AP).";

    public static IReadOnlyList<byte[]> For(string target) => target switch
    {
        "text" or "segmenter" or "pipeline" => [U(Article), U("He said: \"no\".\n\n\u201CYes,\u201D she said."), U("http://x.org/a_(b))) 1,000.5% $3m"), U("\uFEFFA.\r\nb\u2028c")],
        "json" => [U("{\"title\":\"T\",\"text\":\"" + Article.Replace("\n", "\\n").Replace("\"", "\\\"") + "\"}"), U("[{\"text\":\"a\"},{\"html\":\"<p>b</p>\",\"url\":\"http://x\"}]")],
        "jsonl" => [U("{\"id\":\"1\",\"text\":\"One.\"}\n{\"id\":\"2\",\"text\":\"Two \\ud800.\",\"authors\":[\"A\"]}\n")],
        "csv" => [U("id,title,text\n1,T,\"One, \"\"quoted\"\" text.\"\n2,U,Two\n")],
        "tsv" => [U("id\ttitle\ttext\n1\tT\tOne text.\n2\tU\tTwo\n")],
        "xml" => [U("<?xml version=\"1.0\"?>\n<articles><article id=\"1\" title=\"T\"><p>One <a href=\"http://x\">link</a>.</p><q>q</q></article></articles>")],
        "html" => [U("<html><head><title>T</title><meta property=\"og:site_name\" content=\"S\"></head><body><nav>menu</nav><article><h1>T</h1><p>" + Article + "</p></article></body></html>")],
        "warc" => [U("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.test/a\r\nContent-Length: 98\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><title>T</title><p>Body text.</p></html>\r\n\r\n")],
        _ => throw new ArgumentException($"unknown fuzz target '{target}'"),
    };

    /// <summary>Tokens spliced in by the mutator: structure characters of every format read.</summary>
    public static readonly byte[][] Dictionary = [.. new[] { "\"", "\u201C", "\u201D", "'", "\u2019", "{", "}", "[", "]", ",", ":", "\n", "\r\n", "\n\n", "\t", "<", ">", "</p>",
        "<p>", "<!--", "&amp;", "&#xD800;", "\\u", "\\ud800", "\\", "said", " according to ", "WARC/1.0\r\n", "Content-Length: ", "\r\n\r\n", "http://", "(", ")",
        "1,000", "%", "$", "\u0000", "\uFFFD", "\u200D", "\U0001F600", "\u0301", ".", "!", "?", "\u2014", "<article>", "<![CDATA[" }.Select(Encoding.UTF8.GetBytes)];
}

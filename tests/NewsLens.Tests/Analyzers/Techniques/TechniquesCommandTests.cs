using NewsLens.Cli;
using NewsLens.Tests.Support;

namespace NewsLens.Tests.Analyzers.Techniques;

[Collection(NewsLens.Tests.Support.ConsoleCollection.Name)]
public sealed class TechniquesCommandTests : IDisposable
{
    // An emoji before the loaded words shifts UTF-16 offsets by one against the code points PTC counts.
    private const string Article =
        "Title \U0001F525 of the piece\n\nThe disgraceful, corrupt elites have betrayed every decent family in this nation.\n" +
        "Wake up, people! Stand up for our great country!\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-techniques-").FullName;
    private readonly string _models = Path.Combine(SharedData.RepoRoot, "models");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int CodePoints(string s) => s.EnumerateRunes().Count();

    private static string SliceByCodePoints(string s, int start, int end) =>
        string.Concat(s.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));

    [Fact]
    public async Task Si_output_has_three_columns_with_code_point_offsets_that_land_on_words()
    {
        File.WriteAllText(Path.Combine(_dir, "article42.txt"), Article);
        var output = Path.Combine(_dir, "si.txt");
        int code = await NewsLensCli.RunAsync(["techniques", _dir, "--task", "si", "-o", output, "--models", _models]);
        Assert.Equal(ExitCodes.Ok, code);
        var lines = File.ReadAllLines(output);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var cols = line.Split('\t');
            Assert.Equal(3, cols.Length);
            Assert.Equal("42", cols[0]);
            int start = int.Parse(cols[1]), end = int.Parse(cols[2]);
            Assert.InRange(end, start + 1, CodePoints(Article));
            var slice = SliceByCodePoints(Article, start, end);
            Assert.Equal(slice.Trim(), slice);
        }
    }

    [Fact]
    public async Task Tc_fills_the_template_in_order_and_gives_a_repeated_span_a_second_technique()
    {
        File.WriteAllText(Path.Combine(_dir, "article7.txt"), Article);
        int start = CodePoints(Article[..Article.IndexOf("disgraceful", StringComparison.Ordinal)]);
        int end = start + "disgraceful, corrupt elites".Length;
        var template = Path.Combine(_dir, "template.txt");
        File.WriteAllText(template, $"7\t?\t{start}\t{end}\n7\t?\t{start}\t{end}\n");
        var output = Path.Combine(_dir, "tc.txt");
        int code = await NewsLensCli.RunAsync(["techniques", _dir, "--task", "tc", "--template", template, "-o", output, "--models", _models]);
        Assert.Equal(ExitCodes.Ok, code);
        var rows = File.ReadAllLines(output).Select(l => l.Split('\t')).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(["7", r[1], start.ToString(), end.ToString()], r));
        Assert.NotEqual(rows[0][1], rows[1][1]);
        Assert.All(rows, r => Assert.Contains(r[1], NewsLens.Analyzers.Techniques.TechniqueNames.All));
    }

    [Fact]
    public async Task A_template_row_for_a_missing_article_is_reported_and_the_exit_code_says_some_failed()
    {
        var template = Path.Combine(_dir, "template.txt");
        File.WriteAllText(template, "999\t?\t0\t5\n");
        int code = await NewsLensCli.RunAsync(["techniques", _dir, "--task", "tc", "--template", template, "-o", Path.Combine(_dir, "o.txt"), "--models", _models]);
        Assert.Equal(ExitCodes.SomeFailed, code);
    }

    [Fact]
    public async Task Tc_without_a_template_is_a_usage_error()
    {
        int code = await NewsLensCli.RunAsync(["techniques", _dir, "--task", "tc", "--models", _models]);
        Assert.Equal(ExitCodes.Usage, code);
    }
}

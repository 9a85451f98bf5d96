using NewsLens.Cli;
using NewsLens.Cli.Store;
using NewsLens.Pipeline;
using NewsLens.Store.Sqlite;
using NewsLens.Tests.Support;
using NewsLens.Text;

namespace NewsLens.Tests.Cli.Store;

[Collection(ConsoleCollection.Name)]
public sealed class ReanalyzeRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newslens-reanalyze-").FullName;
    private static readonly LayerKey<Mark> Marks = new("marks");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Marks capitalised words (version 1) or every word (version 2).</summary>
    private sealed class Marker(string version) : IAnalyzer
    {
        public AnalyzerInfo Info { get; } = new("test.marker", version);
        public IReadOnlyList<LayerKey> Requires { get; } = [];
        public IReadOnlyList<LayerKey> Produces { get; } = [Marks];

        public void Analyze(Document document, CancellationToken cancellationToken) =>
            document.Set(Marks, [.. document.Tokens.Where(t => t.Kind == TokenKind.Word && (version != "1.0.0" || char.IsUpper(document.Text[t.Start]))).Select(t => new Mark(t.Span, "w"))]);
    }

    private static AnalysisPipeline Pipeline(string version) =>
        new PipelineBuilder().Add(new Marker(version)).Build();

    [Fact]
    public void Articles_analysed_by_an_older_analyzer_version_are_analysed_again_and_their_layer_replaced()
    {
        var db = Path.Combine(_dir, "s.db");
        var input = Path.Combine(_dir, "a.jsonl");
        File.WriteAllText(input, "{\"text\":\"The Council met in Northport.\"}\n{\"text\":\"Rain fell on the harbour.\"}\n");
        Assert.Equal(ExitCodes.Ok, new IngestRunner(TextWriter.Null, (_, _) => Pipeline("1.0.0")).Run(new IngestSettings { Paths = [input], Db = db, Quiet = true }, CancellationToken.None));

        var stdout = new StringWriter();
        int code = new ReanalyzeRunner(stdout, TextWriter.Null, (_, _) => Pipeline("2.0.0")).Run(db, PipelineKind.Fast, null, "marks", 2, quiet: true, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("reanalysed 2 of 2", stdout.ToString());
        using var store = SqliteArticleStore.Open(db, create: false);
        Assert.Equal([("marks", "2.0.0", 2L)], store.Stats().Layers.Select(l => (l.Name, l.Version, l.Articles)));
        Assert.Contains("\"version\": \"2.0.0\"", store.Report(1));
        Assert.Equal(5, System.Text.Json.JsonDocument.Parse(store.Report(1)!).RootElement.GetProperty("layers").GetProperty("marks").GetArrayLength());
    }
}

using System.Text.RegularExpressions;
using NewsLens.Analyzers.Verdict;
using NewsLens.Training.Verdict;
using NewsLens.Cli;

namespace NewsLens.Tests.Analyzers.Verdict;

[Collection(NewsLens.Tests.Support.ConsoleCollection.Name)]
public sealed class ClassifyCommandTests
{
    /// <summary>A verdict model trained on our written corpus, in a models folder, and two articles to classify.</summary>
    private static (DirectoryInfo Models, VerdictModel Model, string Input) Setup(DirectoryInfo dir)
    {
        var models = dir.CreateSubdirectory("models");
        var model = new VerdictTrainer(WrittenCorpus.FastOptions).Run(WrittenCorpus.Articles()).Model;
        using (var fs = File.Create(Path.Combine(models.FullName, VerdictModel.Spec.FileName))) model.Save(fs);
        var input = Path.Combine(dir.FullName, "articles.xml");
        File.WriteAllText(input, """
            <?xml version="1.0" encoding="UTF-8"?><articles>
            <article id="0000007" title="Outrage"><p>Corrupt traitors lie to you! Wake up!</p></article>
            <article id="0000008" title="Council update"><p>The council said the budget was approved.</p></article>
            </articles>
            """);
        return (models, model, input);
    }

    [Fact]
    public async Task Classify_writes_one_semeval_line_per_article()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-classify-");
        try
        {
            var (models, _, input) = Setup(dir);
            var output = Path.Combine(dir.FullName, "out.txt");
            int code = await NewsLensCli.RunAsync(["classify", input, "--format", "semeval2019", "-o", output, "--models", models.FullName, "--pipeline", "fast"]);
            Assert.Equal(ExitCodes.Ok, code);
            var lines = File.ReadAllLines(output);
            Assert.Equal(2, lines.Length);
            Assert.All(lines, l => Assert.Matches(new Regex(@"^\d{7} (true|false) (0(\.\d+)?|1)$"), l));
            Assert.StartsWith("0000007 true", lines[0]);
            Assert.StartsWith("0000008 false", lines[1]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_input_file_is_reported_and_the_exit_code_says_some_failed()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-classify-");
        try
        {
            var models = dir.CreateSubdirectory("models");
            using (var fs = File.Create(Path.Combine(models.FullName, VerdictModel.Spec.FileName)))
                new VerdictTrainer(WrittenCorpus.FastOptions).Run(WrittenCorpus.Articles()).Model.Save(fs);
            int code = await NewsLensCli.RunAsync(["classify", Path.Combine(dir.FullName, "nope.xml"), "-o", Path.Combine(dir.FullName, "o.txt"), "--models", models.FullName, "--pipeline", "fast"]);
            Assert.Equal(ExitCodes.SomeFailed, code);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_higher_prior_raises_every_probability_as_bayes_rule_says()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-classify-");
        try
        {
            var (models, model, input) = Setup(dir);
            async Task<double[]> Probabilities(params string[] extra)
            {
                var output = Path.Combine(dir.FullName, $"out{extra.Length}.jsonl");
                int code = await NewsLensCli.RunAsync(["classify", input, "--format", "jsonl", "-o", output, "--models", models.FullName, "--pipeline", "fast", .. extra]);
                Assert.Equal(ExitCodes.Ok, code);
                return [.. File.ReadAllLines(output).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("probability").GetDouble())];
            }
            var plain = await Probabilities();
            var high = await Probabilities("--prior", "0.9");
            for (int i = 0; i < plain.Length; i++)
            {
                Assert.True(high[i] > plain[i], $"article {i}: {high[i]} not above {plain[i]}");
                Assert.Equal(Math.Round(model.AdjustToPrior(plain[i], 0.9), 2), Math.Round(high[i], 2));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_accurate_pipeline_refuses_a_models_folder_without_the_encoder_head_and_names_it()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-classify-");
        try
        {
            var (models, _, input) = Setup(dir);
            var err = new StringWriter();
            var old = Console.Error;
            Console.SetError(err);
            int code;
            try { code = await NewsLensCli.RunAsync(["classify", input, "-o", Path.Combine(dir.FullName, "o.txt"), "--models", models.FullName, "--pipeline", "accurate"]); }
            finally { Console.SetError(old); }
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains(EncoderVerdictModel.Spec.FileName, err.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Classify_runs_the_accurate_pipeline_by_default_with_the_shipped_models()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-classify-");
        try
        {
            var (_, _, input) = Setup(dir);
            var output = Path.Combine(dir.FullName, "out.jsonl");
            int code = await NewsLensCli.RunAsync(["classify", input, "--format", "jsonl", "-o", output,
                "--models", Path.Combine(NewsLens.Tests.Support.SharedData.RepoRoot, "models")]);
            Assert.Equal(ExitCodes.Ok, code);
            var rows = File.ReadAllLines(output).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(2, rows.Count);
            Assert.All(rows, r => Assert.Equal("accurate", r.GetProperty("pipeline").GetString()));
            Assert.True(rows[0].GetProperty("probability").GetDouble() > rows[1].GetProperty("probability").GetDouble(),
                "the outraged article should score above the council update");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

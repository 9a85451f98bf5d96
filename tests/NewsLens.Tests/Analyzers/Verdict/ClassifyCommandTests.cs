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
            int code = await NewsLensCli.RunAsync(["classify", input, "--format", "semeval2019", "-o", output, "--models", models.FullName]);
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
            int code = await NewsLensCli.RunAsync(["classify", Path.Combine(dir.FullName, "nope.xml"), "-o", Path.Combine(dir.FullName, "o.txt"), "--models", models.FullName]);
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
                int code = await NewsLensCli.RunAsync(["classify", input, "--format", "jsonl", "-o", output, "--models", models.FullName, .. extra]);
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
}

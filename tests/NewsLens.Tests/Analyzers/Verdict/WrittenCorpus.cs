using NewsLens.Text;
using NewsLens.Training.Verdict;

namespace NewsLens.Tests.Analyzers.Verdict;

/// <summary>A tiny labelled corpus written for the tests: partisan rants and dry reports from eight made-up outlets.</summary>
internal static class WrittenCorpus
{
    private static readonly string[] Partisan =
    [
        "These corrupt traitors are destroying our great country! Wake up, people!",
        "The radical elites lie to you every single day. It is an outrageous disgrace!",
        "Shameful cowards in Washington betray every patriot. Enough is enough!",
        "You will not believe how these corrupt hypocrites are stealing your freedom!",
        "The disgusting swamp wants to silence you. Fight back now!",
    ];

    private static readonly string[] Neutral =
    [
        "The committee said on Tuesday that the budget would be reviewed in March.",
        "Officials reported that the council approved the new road plan by a vote of 7 to 2.",
        "According to the agency, unemployment fell slightly in the third quarter.",
        "The company said it expects revenue to grow by 4 percent next year.",
        "Researchers at the university published the study in a peer-reviewed journal.",
    ];

    public static List<SemEvalArticle> Articles()
    {
        var list = new List<SemEvalArticle>();
        for (int i = 0; i < 40; i++)
        {
            bool hp = i % 2 == 0;
            var source = hp ? Partisan : Neutral;
            var text = string.Join("\n\n", Enumerable.Range(0, 3).Select(k => source[(i / 2 + k) % source.Length]));
            list.Add(new SemEvalArticle(i.ToString("D7"), text, new ArticleMetadata { Id = i.ToString("D7"), Title = hp ? "Outrage grows" : "Council update" })
            {
                Hyperpartisan = hp,
                Url = $"https://www.outlet{i % 8}.example/story/{i}",
            });
        }
        return list;
    }

    public static VerdictTrainingOptions FastOptions => new()
    {
        Folds = 0, InnerFolds = 2, L2Grid = [1.0], StyleScaleGrid = [0.15f],
    };
}

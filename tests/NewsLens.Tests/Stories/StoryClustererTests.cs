using NewsLens.Stories;

namespace NewsLens.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static StoryArticle A(string id, string title, string text, int day, string outlet) =>
        new(id, title, text, Day.AddDays(day), outlet);

    private static readonly StoryArticle[] BridgeCoverage =
    [
        A("herald-bridge", "Harbour bridge shut after crack found",
            "Engineers closed the Kellan Harbour Bridge on Tuesday after inspectors found a crack in a main support beam. " +
            "The Ostmark transport agency said repairs to the bridge could take three weeks. Commuters were told to use the ferry.", 0, "Daily Herald"),
        A("courier-bridge", "Cracked beam closes Kellan bridge",
            "A crack in a support beam has forced the Kellan Harbour Bridge to close, the Ostmark transport agency said. " +
            "Inspectors spotted the damage during a routine check; the agency expects repairs to the bridge to last weeks.", 0, "Morning Courier"),
        A("post-bridge", "Bridge closure snarls Kellan commute",
            "Traffic backed up across Kellan after the Harbour Bridge closed over a cracked beam. " +
            "The Ostmark transport agency put extra ferries on while engineers repair the bridge.", 1, "Evening Post"),
    ];

    [Fact]
    public void The_same_event_told_by_three_outlets_is_one_story()
    {
        var stories = new StoryClusterer().Cluster(BridgeCoverage);

        var story = Assert.Single(stories);
        Assert.Equal(["herald-bridge", "courier-bridge", "post-bridge"], story.ArticleIds);
    }

    [Fact]
    public void Different_events_told_in_the_same_words_are_different_stories()
    {
        var articles = new[]
        {
            A("fire-leeds", "Warehouse fire forces evacuation",
                "A fire broke out at a warehouse on Tuesday night and forced the evacuation of nearby homes. " +
                "Firefighters from Leeds brought the blaze under control by morning. Nobody was hurt, Yorkshire fire officials said.", 0, "Daily Herald"),
            A("fire-denver", "Warehouse fire forces evacuation",
                "A fire broke out at a warehouse on Tuesday night and forced the evacuation of nearby homes. " +
                "Firefighters in Denver brought the blaze under control by morning. Nobody was hurt, Colorado fire officials said.", 0, "Morning Courier"),
        };

        var stories = new StoryClusterer().Cluster(articles);

        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void A_follow_up_days_later_joins_its_story()
    {
        var followUp = A("herald-bridge-reopens", "Kellan bridge to reopen early",
            "The Kellan Harbour Bridge will reopen on Friday, a week ahead of schedule, after engineers replaced the cracked beam. " +
            "The Ostmark transport agency said the ferry service would end when the bridge reopens.", 4, "Daily Herald");

        var stories = new StoryClusterer().Cluster([.. BridgeCoverage, followUp]);

        var story = Assert.Single(stories);
        Assert.Equal("herald-bridge-reopens", story.ArticleIds[^1]);
        Assert.Equal(Day.AddDays(4), story.Last);
    }

    [Fact]
    public void The_same_subject_months_later_is_a_new_story()
    {
        var later = A("herald-bridge-review", "Kellan bridge crack review published",
            "A review of the crack that closed the Kellan Harbour Bridge found that inspections of the support beam had been missed. " +
            "The Ostmark transport agency said it accepted the findings.", 90, "Daily Herald");

        var stories = new StoryClusterer().Cluster([.. BridgeCoverage, later]);

        Assert.Equal(2, stories.Count);
        Assert.Equal(["herald-bridge-review"], stories[1].ArticleIds);
    }

    [Fact]
    public void Every_article_lands_in_exactly_one_story_and_the_result_does_not_depend_on_input_order()
    {
        var articles = BridgeCoverage.Concat(
        [
            A("vote", "Council approves school budget", "The Ostmark city council approved the school budget by nine votes to four on Monday.", 0, "Evening Post"),
            A("storm", "Storm warning for the coast", "Forecasters issued a storm warning for the Ostmark coast, with gusts of 90 km/h expected.", 1, "Daily Herald"),
        ]).ToArray();

        var forward = new StoryClusterer().Cluster(articles);
        var backward = new StoryClusterer().Cluster([.. articles.Reverse()]);

        Assert.Equal(articles.Select(a => a.Id).Order(), forward.SelectMany(s => s.ArticleIds).Order());
        Assert.Equal(3, forward.Count);
        Assert.Equal(Partition(forward), Partition(backward));
    }

    private static string[] Partition(IReadOnlyList<Story> stories) =>
        [.. stories.Select(s => string.Join(',', s.ArticleIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
}

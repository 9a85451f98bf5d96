using NewsLens.FactChecks;

namespace NewsLens.Tests.FactChecks;

public sealed class Bm25IndexTests
{
    private static readonly string[] Texts =
    [
        "The mayor closed the harbour bridge.",
        "The mayor opened a school.",
        "Vaccines contain microchips, a post claimed.",
    ];

    private static Bm25Index Build() => Bm25Index.Build([.. Texts.Select(t => (IReadOnlyList<string>)MatchText.Terms(t))]);

    private static float[] Scores(Bm25Index index, string query, out List<int> touched)
    {
        var scores = new float[index.Count];
        touched = [];
        index.Score(MatchText.Terms(query), scores, touched);
        return scores;
    }

    [Fact]
    public void Only_documents_sharing_a_term_are_touched_each_once()
    {
        var s = Scores(Build(), "mayor mayor bridge", out var touched);
        Assert.Equal([0, 1], touched.Order());
        Assert.Equal(0, s[2]);
    }

    [Fact]
    public void A_rare_shared_term_outscores_a_common_one()
    {
        var s = Scores(Build(), "harbour mayor school", out _);
        Assert.True(s[0] > 0 && s[1] > 0);
        var bridgeOnly = Scores(Build(), "bridge", out _);
        var mayorOnly = Scores(Build(), "mayor", out _);
        Assert.True(bridgeOnly[0] > mayorOnly[0]);
    }

    [Fact]
    public void Written_and_read_back_it_scores_the_same()
    {
        var index = Build();
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) index.Write(w);
        ms.Position = 0;
        var back = Bm25Index.Read(new BinaryReader(ms), 10);
        Assert.Equal(Scores(index, "mayor bridge microchips", out _), Scores(back, "mayor bridge microchips", out _));
        Assert.Equal(index.TermCount, back.TermCount);
    }
}

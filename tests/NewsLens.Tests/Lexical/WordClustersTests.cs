using NewsLens.Lexical;
using NewsLens.Training.Clusters;

namespace NewsLens.Tests.Lexical;

public class WordClustersTests
{
    private static readonly (string, int[])[] Tiny = [("said", [3, 40, 700]), ("told", [3, 40, 701]), ("monday", [9, 12, 5])];

    [Fact]
    public void A_known_word_has_its_ids_at_each_level_and_an_unknown_word_has_minus_one()
    {
        var c = new WordClusters(Tiny);
        Assert.Equal(3, c.Cluster("said", WordClusters.Coarse));
        Assert.Equal(40, c.Cluster("said".AsSpan(), WordClusters.Medium));
        Assert.Equal(700, c.Cluster("said", WordClusters.Fine));
        Assert.Equal(-1, c.Cluster("zebra", WordClusters.Fine));
        Assert.Equal(-1, WordClusters.Unpack(0, WordClusters.Medium));
    }

    [Fact]
    public void Lookups_by_a_callers_hash_find_the_same_ids()
    {
        var c = new WordClusters(Tiny, s => s.Length * 31 + s[0]);
        int packed = c.PackedByHash("told".Length * 31 + 't');
        Assert.Equal(701, WordClusters.Unpack(packed, WordClusters.Fine));
        Assert.Equal(0, c.PackedByHash(-5));
    }

    [Fact]
    public void The_file_format_round_trips_in_word_order()
    {
        using var ms = new MemoryStream();
        WordClusters.Write(ms, Tiny);
        ms.Position = 0;
        var back = WordClusters.Read(ms);
        Assert.Equal(["monday", "said", "told"], back.Select(e => e.Word));
        Assert.Equal([3, 40, 700], back.Single(e => e.Word == "said").Ids);
    }

    [Fact]
    public void A_malformed_line_is_rejected_with_its_line_number()
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        using (var w = new StreamWriter(gz)) w.Write("said\t1\t2\t3\nbroken\t1\n");
        ms.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => WordClusters.Read(ms));
        Assert.Contains("line 2", ex.Message);
    }

    private static List<(string Word, int[] Ids)> TrainToy()
    {
        var t = new ClusterTrainer(new ClusterTrainerOptions { MinCount = 1, Vocabulary = 100, Contexts = 50, Dimensions = 6, CoarseK = 2, MediumK = 3, FineK = 4, Seed = 5 });
        string[] animals = ["cat", "dog", "cow"], colours = ["red", "blue", "green"];
        for (int r = 0; r < 20; r++)
        {
            foreach (var a in animals) t.Add($"The {a} sat on the mat. The {a} ate the grass. ");
            foreach (var c in colours) t.Add($"A {c} ball rolled away. Paint it {c} today. ");
        }
        return t.Train();
    }

    [Fact]
    public void Training_is_deterministic_and_words_used_alike_share_a_cluster()
    {
        var first = TrainToy();
        var second = TrainToy();
        Assert.Equal(first.Select(e => (e.Word, string.Join(',', e.Ids))), second.Select(e => (e.Word, string.Join(',', e.Ids))));
        var ids = first.ToDictionary(e => e.Word, e => e.Ids);
        Assert.Equal(ids["cat"][WordClusters.Fine], ids["dog"][WordClusters.Fine]);
        Assert.Equal(ids["cat"][WordClusters.Fine], ids["cow"][WordClusters.Fine]);
        Assert.Equal(ids["red"][WordClusters.Fine], ids["blue"][WordClusters.Fine]);
        Assert.NotEqual(ids["cat"][WordClusters.Fine], ids["red"][WordClusters.Fine]);
    }

    [Fact]
    public void The_shipped_clusters_group_weekdays_reporting_verbs_and_political_groups()
    {
        var c = WordClusters.Default;
        Assert.True(c.Count > 10_000, "the embedded clusters file is missing or small");
        int F(string w) => c.Cluster(w, WordClusters.Fine);
        Assert.Equal(F("monday"), F("tuesday"));
        Assert.Equal(F("said"), F("wrote"));
        Assert.Equal(F("liberals"), F("conservatives"));
        Assert.NotEqual(c.Cluster("said", WordClusters.Coarse), c.Cluster("monday", WordClusters.Coarse));
    }
}

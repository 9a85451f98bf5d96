using NewsLens.Ingest.Html;

namespace NewsLens.Tests.Ingest.Html;

public sealed class BlockModelTests
{
    private static BlockModel OneSplit() =>
        // why: one tree of depth 1 splitting on "len.log": short rows score -1, long rows +2.
        new(1, 0.5f, [Array.IndexOf(BlockFeatures.Names, "len.log")], [0.4f], [-1f, 2f], dropBelow: -0.75f, addFrom: 1.5f);

    [Fact]
    public void A_saved_model_loads_back_with_the_same_margins_and_thresholds()
    {
        var model = OneSplit();
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var loaded = BlockModel.Load(ms);
        var row = new float[BlockFeatures.Width];
        row[Array.IndexOf(BlockFeatures.Names, "len.log")] = 0.9f;
        Assert.Equal(model.Margin(row), loaded.Margin(row));
        Assert.Equal(2.5f, loaded.Margin(row));
        Assert.Equal(-0.75f, loaded.DropBelow);
        Assert.Equal(1.5f, loaded.AddFrom);
    }

    [Fact]
    public void A_block_the_rules_kept_is_dropped_and_one_they_left_is_added_only_past_its_threshold()
    {
        var model = OneSplit();
        Assert.True(model.Keeps(-0.5f, ruleKept: true));
        Assert.False(model.Keeps(-1f, ruleKept: true));
        Assert.False(model.Keeps(1f, ruleKept: false));
        Assert.True(model.Keeps(1.5f, ruleKept: false));
    }

    [Fact]
    public void A_model_naming_a_feature_this_build_lacks_is_refused_with_its_name()
    {
        using var ms = new MemoryStream();
        OneSplit().Save(ms);
        var bytes = ms.ToArray();
        var renamed = System.Text.Encoding.UTF8.GetBytes("len.lo9");
        int at = IndexOf(bytes, System.Text.Encoding.UTF8.GetBytes("len.log"));
        renamed.CopyTo(bytes, at);
        var ex = Assert.Throws<InvalidDataException>(() => BlockModel.Load(new MemoryStream(bytes)));
        Assert.Contains("len.lo9", ex.Message);
    }

    [Fact]
    public void The_build_embeds_a_model_for_the_default_extractor()
    {
        Assert.NotNull(BlockModel.Embedded);
        Assert.True(BlockModel.Embedded!.Trees > 0);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
                return i;
        throw new InvalidOperationException("needle not found");
    }
}

using NewsLens.Lexical;
using NewsLens.Models;

namespace NewsLens.Tests.Models;

public class ModelFileTests
{
    private static readonly ModelSpec Spec = new("newslens.test", 3, "test.bin", "newslens train test")
    {
        Arrays = ["weights"],
        Scalars = ["bias"],
        Texts = ["vocabulary"],
    };

    private static ModelContent Sample()
    {
        var m = new ModelContent();
        m.Arrays["weights"] = [0.5f, -1.25f, 3e-8f];
        m.Scalars["bias"] = 0.1;
        m.Texts["vocabulary"] = "a\nb";
        m.Facts["data"] = "ten sentences we wrote";
        return m;
    }

    private static byte[] Bytes(ModelSpec spec, ModelContent m)
    {
        var ms = new MemoryStream();
        ModelFile.Write(ms, spec, m);
        return ms.ToArray();
    }

    private static InvalidDataException Refused(byte[] bytes, ModelSpec? spec = null) =>
        Assert.Throws<InvalidDataException>(() => ModelFile.Read(new MemoryStream(bytes), spec ?? Spec));

    [Fact]
    public void Named_arrays_scalars_texts_and_facts_round_trip_and_the_hash_is_the_files()
    {
        var bytes = Bytes(Spec, Sample());
        var m = ModelFile.Read(new MemoryStream(bytes), Spec);
        Assert.Equal([0.5f, -1.25f, 3e-8f], m.Array("weights"));
        Assert.Equal(0.1, m.Scalar("bias"));
        Assert.Equal("a\nb", m.Text("vocabulary"));
        Assert.Equal("ten sentences we wrote", m.Facts["data"]);
        Assert.Equal(ModelFile.Sha256(bytes), m.Sha256);
        Assert.Null(m.OptionalArray("absent"));
    }

    [Fact]
    public void Writing_the_same_content_twice_gives_the_same_bytes_whatever_the_insertion_order()
    {
        var a = Sample();
        var b = new ModelContent();
        b.Texts["vocabulary"] = "a\nb";
        b.Facts["data"] = "ten sentences we wrote";
        b.Scalars["bias"] = 0.1;
        b.Arrays["weights"] = [0.5f, -1.25f, 3e-8f];
        Assert.Equal(Bytes(Spec, a), Bytes(Spec, b));
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_naming_the_file_and_the_command()
    {
        var ex = Refused(Bytes(Spec with { Kind = "newslens.other" }, Sample()));
        Assert.Contains("test.bin", ex.Message);
        Assert.Contains("newslens.other", ex.Message);
        Assert.Contains("newslens train test", ex.Message);
    }

    [Fact]
    public void A_file_of_another_format_version_is_refused()
    {
        var ex = Refused(Bytes(Spec with { Version = 2 }, Sample()));
        Assert.Contains("format 2", ex.Message);
    }

    [Fact]
    public void A_file_lacking_a_name_the_spec_requires_is_refused_naming_it()
    {
        var m = Sample();
        m.Scalars.Remove("bias");
        var ex = Refused(Bytes(Spec with { Scalars = [] }, m));
        Assert.Contains("scalar 'bias'", ex.Message);
    }

    [Fact]
    public void Content_lacking_a_required_name_is_not_written()
    {
        var m = Sample();
        m.Arrays.Clear();
        Assert.Throws<ArgumentException>(() => ModelFile.Write(new MemoryStream(), Spec, m));
    }

    [Fact]
    public void Every_truncation_of_a_file_is_refused_without_any_other_exception()
    {
        var bytes = Bytes(Spec, Sample());
        for (int n = 0; n < bytes.Length; n++) Refused(bytes[..n]);
    }

    [Fact]
    public void The_older_positional_format_is_refused_with_the_command_that_retrains_it()
    {
        byte[] old = [0x4D, 0x4C, 0x4E, 0x4C, 0, 0, 0, 0];
        var ex = Refused(old);
        Assert.Contains("older positional format", ex.Message);
        Assert.Contains("newslens train test", ex.Message);
    }

    [Fact]
    public void A_model_trained_with_other_word_clusters_is_refused_with_the_command_that_retrains_it()
    {
        var m = Sample();
        m.TrainedWith[ModelDependencies.Clusters] = new string('a', 64);
        var ex = Refused(Bytes(Spec, m));
        Assert.Contains("test.bin was trained with other clusters", ex.Message);
        Assert.Contains("newslens train test", ex.Message);
    }

    [Fact]
    public void A_model_trained_with_the_embedded_word_clusters_loads()
    {
        var m = Sample();
        m.TrainedWith[ModelDependencies.Clusters] = WordClusters.Default.Sha256;
        var read = ModelFile.Read(new MemoryStream(Bytes(Spec, m)), Spec);
        Assert.Equal(WordClusters.Default.Sha256, read.TrainedWith[ModelDependencies.Clusters]);
        Assert.Equal(64, WordClusters.Default.Sha256.Length);
    }

    [Fact]
    public void A_model_needing_a_resource_this_build_lacks_is_refused()
    {
        var m = Sample();
        m.TrainedWith["some-encoder"] = new string('b', 64);
        var ex = Refused(Bytes(Spec, m));
        Assert.Contains("'some-encoder'", ex.Message);
    }

    [Fact]
    public void Asking_for_a_name_outside_the_spec_that_the_file_lacks_names_it()
    {
        var m = ModelFile.Read(new MemoryStream(Bytes(Spec, Sample())), Spec);
        var ex = Assert.Throws<InvalidDataException>(() => m.Array("other"));
        Assert.Contains("array 'other'", ex.Message);
    }
}

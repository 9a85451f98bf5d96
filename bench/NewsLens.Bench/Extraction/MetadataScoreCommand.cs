namespace NewsLens.Bench.Extraction;

public static class MetadataScoreCommand
{
    public static int Run(string[] args) => 0;
}

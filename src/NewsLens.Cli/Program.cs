namespace NewsLens.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => NewsLensCli.RunAsync(args);
}

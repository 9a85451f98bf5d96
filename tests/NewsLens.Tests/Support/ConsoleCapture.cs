namespace NewsLens.Tests.Support;

/// <summary>
/// Captures what a command writes on standard output and error, restoring both on dispose. Console streams are
/// global: tests using this belong to the <see cref="ConsoleCollection"/>, which runs them one at a time.
/// </summary>
public sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _oldOut = Console.Out;
    private readonly TextWriter _oldErr = Console.Error;

    public ConsoleCapture()
    {
        Console.SetOut(Out);
        Console.SetError(Err);
    }

    public StringWriter Out { get; } = new();
    public StringWriter Err { get; } = new();

    public void Dispose()
    {
        Console.SetOut(_oldOut);
        Console.SetError(_oldErr);
    }
}

/// <summary>Tests that run commands writing to the console: never in parallel with each other.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}

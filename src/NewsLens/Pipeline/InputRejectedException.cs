namespace NewsLens.Pipeline;

/// <summary>An input cannot be analysed (too large, unreadable...). <see cref="Input"/> names it.</summary>
public sealed class InputRejectedException(string input, string problem, Exception? inner = null)
    : Exception($"{input}: {problem}", inner)
{
    public string Input { get; } = input;
    public string Problem { get; } = problem;
}

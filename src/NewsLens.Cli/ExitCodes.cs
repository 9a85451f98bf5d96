namespace NewsLens.Cli;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Every input succeeded.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs failed; the others were processed.</summary>
    public const int SomeFailed = 1;
    /// <summary>The command line was wrong; nothing was processed.</summary>
    public const int Usage = 2;

    /// <summary>Every input was analysed, but some reports are partial: an analyzer failed or hit the time limit (listed at the end).</summary>
    public const int Partial = 3;
    /// <summary>The run was cancelled (Ctrl+C); what was written stands, and <c>--resume</c> finishes it.</summary>
    public const int Interrupted = 130;
}

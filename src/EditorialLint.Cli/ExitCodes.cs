namespace EditorialLint.Cli;

/// <summary>The exit codes other tools rely on (see DESIGN.md and README.md).</summary>
public static class ExitCodes
{
    /// <summary>No error-severity diagnostic.</summary>
    public const int Success = 0;

    /// <summary>At least one error-severity diagnostic.</summary>
    public const int Errors = 1;

    /// <summary>Usage, configuration, unreadable path or rule compile failure.</summary>
    public const int Usage = 2;
}

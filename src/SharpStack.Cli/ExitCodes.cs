namespace SharpStack.Cli;

/// <summary>The process exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The API answered with an error (or an async job failed).</summary>
    public const int ApiError = 1;

    /// <summary>The command line was wrong: unknown command or parameter, missing required parameter, no profile.</summary>
    public const int Usage = 2;

    /// <summary>The server could not be reached or answered something that is not the API.</summary>
    public const int Connection = 3;
}

namespace PipWatch;

/// <summary>What the pipwatch command's exit code means (documented in the README).</summary>
public static class ExitCodes
{
    /// <summary>Everything is valid, or the command did its job.</summary>
    public const int Success = 0;

    /// <summary>Something failed at run time: an unreadable directory, a lost connection, a bug.</summary>
    public const int RuntimeFailure = 1;

    /// <summary>The input is wrong: invalid configuration or command-line usage. Fix the input and run again.</summary>
    public const int InvalidInput = 2;
}

namespace MemberCards.Cli;

/// <summary>What the process exit code means, so scripts can branch on it.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran; for a check, the signature is valid.</summary>
    public const int Success = 0;

    /// <summary>The check ran and the signature, sign or tag does not verify.</summary>
    public const int Invalid = 1;

    /// <summary>The input could not be used (command line does not parse, missing secret, unreadable file, malformed key).</summary>
    public const int BadInput = 2;
}

namespace MemberCards.Cli.Input;

/// <summary>An input the user has to fix (missing secret, unreadable file, conflicting options); printed without a stack trace.</summary>
internal sealed class CliInputException(string message) : Exception(message);

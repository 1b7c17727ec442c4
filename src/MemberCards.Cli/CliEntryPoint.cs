using System.CommandLine;

namespace MemberCards.Cli;

/// <summary>Parses and runs a command line; a command line that does not parse exits with <see cref="ExitCodes.BadInput"/>.</summary>
internal static class CliEntryPoint
{
    public static async Task<int> RunAsync(string[] args, TimeProvider timeProvider, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        var parseResult = MemberCardsRootCommand.Create(timeProvider).Parse(args);
        var exitCode = await parseResult.InvokeAsync(configuration ?? new InvocationConfiguration(), cancellationToken).ConfigureAwait(false);
        return parseResult.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
    }
}

using MemberCards.Sdk;

namespace MemberCards.Cli;

/// <summary>Runs a command body and turns input problems into a one-line message and exit code 2 (no stack trace).</summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, Func<ParseResult, TextWriter, int> body)
        => command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return body(parseResult, output);
            }
            catch (Exception ex) when (ex is CliInputException or MemberCardsFormatException or ArgumentException)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.BadInput;
            }
        });

    public static void SetAsyncAction(Command command, Func<ParseResult, TextWriter, CancellationToken, Task<int>> body)
        => command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return await body(parseResult, output, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is CliInputException or MemberCardsFormatException or ArgumentException)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        });
}

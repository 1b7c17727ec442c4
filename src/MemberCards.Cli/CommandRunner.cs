using MemberCards.Sdk;

namespace MemberCards.Cli;

/// <summary>Runs a command body and turns input problems into a one-line message and exit code 2 (no stack trace).</summary>
internal static class CommandRunner
{
    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="body"/>, input problems reported as exit code 2.</summary>
    /// <returns>The command.</returns>
    public static Command SetAction(Command command, Func<ParseResult, TextWriter, int> body)
    {
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return body(parseResult, output);
            }
            catch (Exception ex) when (IsInputProblem(ex))
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>Sets <paramref name="command"/>'s asynchronous action to <paramref name="body"/>, input problems reported as exit code 2.</summary>
    /// <returns>The command.</returns>
    public static Command SetAsyncAction(Command command, Func<ParseResult, TextWriter, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                return await body(parseResult, output, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsInputProblem(ex))
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>A problem with what the user gave (reported in one line, exit code 2), not a bug of the tool.</summary>
    private static bool IsInputProblem(Exception ex) => ex is CliInputException or MemberCardsFormatException or ArgumentException;
}

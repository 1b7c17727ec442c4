namespace MemberCards.Cli;

/// <summary>
/// Parses and runs a command line; a command line that does not parse exits with <see cref="ExitCodes.BadInput"/>.
/// Parse errors are printed by <see cref="ParseErrors"/>, which never echoes an unrecognised value (it may be a secret).
/// </summary>
internal static class CliEntryPoint
{
    public static async Task<int> RunAsync(string[] args, TimeProvider timeProvider, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        configuration ??= new InvocationConfiguration();
        var parseResult = MemberCardsRootCommand.Create(timeProvider).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            ParseErrors.Write(configuration.Error, parseResult);
            return ExitCodes.BadInput;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}

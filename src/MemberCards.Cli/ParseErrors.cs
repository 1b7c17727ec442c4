using System.CommandLine;

namespace MemberCards.Cli;

/// <summary>
/// Prints a command line's parse errors without echoing what was not recognised: a mistyped <c>--apiv3-key VALUE</c>
/// leaves VALUE unmatched, and VALUE is the secret. Unrecognised option names are shown (up to an <c>=</c>), values never;
/// an option that names a secret gets a pointer to its <c>-file</c>/<c>-env</c> forms.
/// </summary>
internal static class ParseErrors
{
    public const string HiddenValue = "<a value, not shown: it may be a secret>";

    public static void Write(TextWriter error, ParseResult parseResult)
    {
        var unmatched = parseResult.UnmatchedTokens;
        var options = parseResult.CommandResult.Command.Options.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var parseError in parseResult.Errors)
        {
            var message = parseError.Message;
            foreach (var token in unmatched.Distinct(StringComparer.Ordinal))
            {
                message = message.Replace($"'{token}'", $"'{Shown(token)}'", StringComparison.Ordinal);
            }

            error.WriteLine($"error: {message}");
        }

        foreach (var token in unmatched.Where(t => t.StartsWith("--", StringComparison.Ordinal)).Select(t => t.Split('=')[0]).Distinct(StringComparer.Ordinal))
        {
            if (options.Contains(token + "-file") || options.Contains(token + "-env"))
            {
                error.WriteLine($"note: {token} is read from a file or an environment variable, never from the command line: pass {token}-file <path> or {token}-env <name>.");
            }
        }

        error.WriteLine($"Run 'membercards {string.Join(' ', CommandPath(parseResult.CommandResult.Command))} --help'.".Replace("  ", " ", StringComparison.Ordinal));
    }

    private static string Shown(string token)
        => token.StartsWith('-') ? (token.Contains('=', StringComparison.Ordinal) ? token.Split('=')[0] + "=<not shown>" : token) : HiddenValue;

    private static IEnumerable<string> CommandPath(Command command)
    {
        var names = new Stack<string>();
        for (var c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Push(c.Name);
        }

        return names;
    }
}

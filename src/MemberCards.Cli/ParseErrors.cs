namespace MemberCards.Cli;

/// <summary>
/// Prints a command line's parse errors without echoing a value: a mistyped <c>--apiv3-key VALUE</c> leaves VALUE
/// unmatched, and VALUE is the secret. An unrecognised token is shown only when it reads as an option name
/// (<c>--name</c>; <c>--name=value</c> as <c>--name=&lt;not shown&gt;</c>) and is not a value given to a secret's
/// option (<see cref="SecretArguments"/>); anything else is shown as <see cref="HiddenValue"/>. A message that would
/// still reveal a hidden value (or one of its lines) is replaced as a whole. An option that names a secret gets a
/// pointer to its <c>-file</c>/<c>-env</c> forms.
/// </summary>
internal static class ParseErrors
{
    public const string HiddenValue = "<a value, not shown: it may be a secret>";

    private const string NotShown = "<not shown>";
    private const int FragmentLength = 8;
    private const int MaxShownName = 40;

    public static void Write(TextWriter error, ParseResult parseResult)
    {
        var secrets = SecretArguments.Find(parseResult.Tokens.Select(t => t.Value));
        var unmatched = parseResult.UnmatchedTokens.Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ToList();
        var hidden = secrets.Values.Concat(unmatched.SelectMany(t => HiddenParts(t, secrets))).Where(v => v.Length > 0).ToList();
        foreach (var parseError in parseResult.Errors)
        {
            var message = parseError.Message;
            foreach (var token in unmatched)
            {
                message = message.Replace($"'{token}'", $"'{Shown(token, secrets)}'", StringComparison.Ordinal);
            }

            error.WriteLine(Reveals(message, hidden) ? "error: the command line holds a value that is not recognised (not shown: it may be a secret)." : $"error: {message}");
        }

        var options = parseResult.CommandResult.Command.Options.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var mistypedSecrets = unmatched
            .Where(t => !secrets.Contains(t))
            .Select(t => OptionToken.TryParse(t, out var option) ? Secrets.SpelledBy(option.Name) is { } secret && string.Equals(option.Name, secret.Name, StringComparison.OrdinalIgnoreCase) ? secret : null : null)
            .OfType<SecretDefinition>()
            .Where(secret => options.Contains(secret.FileOption))
            .Distinct();
        foreach (var secret in mistypedSecrets)
        {
            error.WriteLine($"note: --{secret.Name} is read from a file or an environment variable, never from the command line: pass {secret.FileOption} <path> or {secret.EnvironmentOption} <name>.");
        }

        error.WriteLine($"Run 'membercards {string.Join(' ', CommandPath(parseResult.CommandResult.Command))} --help'.".Replace("  ", " ", StringComparison.Ordinal));
    }

    /// <summary>How an unmatched token is shown: an option name as it is, an inline value never, anything else not at all.</summary>
    private static string Shown(string token, SecretArguments secrets)
    {
        if (!IsShownName(token, secrets, out var option))
        {
            return HiddenValue;
        }

        return option.InlineValue is null ? token : $"{option.Prefix}{option.Name}{option.Delimiter}{NotShown}";
    }

    /// <summary>The parts of an unmatched token that <see cref="Shown"/> hides.</summary>
    private static IEnumerable<string> HiddenParts(string token, SecretArguments secrets)
    {
        if (!IsShownName(token, secrets, out var option))
        {
            return [token];
        }

        return option.InlineValue is { } value ? [value] : [];
    }

    /// <summary>
    /// Whether the token reads as an option name the way this tool spells them (lower case, digits and dashes, at most
    /// 40 characters), and is not a value given to a secret's option: a mixed-case key that starts with a dash is not shown.
    /// </summary>
    private static bool IsShownName(string token, SecretArguments secrets, out OptionToken option)
        => OptionToken.TryParse(token, out option)
            && !secrets.Contains(token)
            && option.Name.Length <= MaxShownName
            && option.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Whether <paramref name="message"/> holds a hidden value, or a line of one (8 characters or more).</summary>
    private static bool Reveals(string message, IEnumerable<string> hidden)
        => hidden.Any(value => message.Contains(value, StringComparison.Ordinal)
            || value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Any(line => line.Length >= FragmentLength && message.Contains(line, StringComparison.Ordinal)));

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

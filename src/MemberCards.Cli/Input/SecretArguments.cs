namespace MemberCards.Cli.Input;

/// <summary>
/// The values on a command line that were given to a secret's option, in any spelling of <see cref="Secrets"/>:
/// <c>--NAME VALUE</c> (refused, but typed by mistake), <c>--NAME-file VALUE</c>, <c>--NAME-env VALUE</c>, or any of
/// them as <c>--NAME=VALUE</c> / <c>--NAME:VALUE</c>. Whatever such a value looks like (a PEM, a Base64 key with
/// <c>=</c> padding, a value starting with <c>-</c>, a key pasted where a variable name belongs), it is never printed.
/// </summary>
internal sealed class SecretArguments
{
    private readonly HashSet<string> values;

    private SecretArguments(HashSet<string> values) => this.values = values;

    /// <summary>The secret values, each once.</summary>
    public IReadOnlyCollection<string> Values => values;

    /// <summary>Finds the secret values among <paramref name="tokens"/> (the command line, split as the parser split it).</summary>
    public static SecretArguments Find(IEnumerable<string> tokens)
    {
        var list = tokens.ToList();
        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!OptionToken.TryParse(list[i], out var option) || Secrets.SpelledBy(option.Name) is null)
            {
                continue;
            }

            var value = option.InlineValue ?? (i + 1 < list.Count ? list[i + 1] : null);
            if (!string.IsNullOrEmpty(value))
            {
                values.Add(value);
            }
        }

        return new SecretArguments(values);
    }

    /// <summary>Whether <paramref name="token"/> is one of the secret values.</summary>
    public bool Contains(string token) => values.Contains(token);
}

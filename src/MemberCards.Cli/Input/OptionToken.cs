using System.Text.RegularExpressions;

namespace MemberCards.Cli.Input;

/// <summary>
/// A command-line token that reads as an option: one or two dashes and a name of letters, digits, <c>-</c> and
/// <c>_</c>, optionally followed by <c>=</c> or <c>:</c> and an inline value (<c>--name=value</c>).
/// </summary>
/// <param name="Prefix">The dashes.</param>
/// <param name="Name">The name, without dashes.</param>
/// <param name="Delimiter">The <c>=</c> or <c>:</c> before an inline value, or <see langword="null"/>.</param>
/// <param name="InlineValue">The inline value, or <see langword="null"/>.</param>
internal readonly partial record struct OptionToken(string Prefix, string Name, char? Delimiter, string? InlineValue)
{
    /// <summary>Reads <paramref name="token"/> as an option; <see langword="false"/> when it does not look like one.</summary>
    public static bool TryParse(string token, out OptionToken option)
    {
        var match = Shape().Match(token);
        option = match.Success
            ? new OptionToken(match.Groups["prefix"].Value, match.Groups["name"].Value, match.Groups["delimiter"].Success ? match.Groups["delimiter"].Value[0] : null, match.Groups["value"].Success ? match.Groups["value"].Value : null)
            : default;
        return match.Success;
    }

    [GeneratedRegex(@"\A(?<prefix>--?)(?<name>[A-Za-z][A-Za-z0-9_-]*)(?:(?<delimiter>[=:])(?<value>.*))?\z", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

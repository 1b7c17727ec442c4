namespace MemberCards.Cli.Input;

/// <summary>
/// A secret the tool reads: the stem of its options (<c>--NAME-file</c>, <c>--NAME-env</c>), what it is (for messages)
/// and the environment variable read by default. The instances live in <see cref="Secrets"/>.
/// </summary>
/// <param name="Name">The option stem, such as <c>private-key</c>.</param>
/// <param name="What">What the secret is, in a message, such as "the merchant API private key PEM".</param>
/// <param name="DefaultEnvironmentVariable">The environment variable read when <c>--NAME-env</c> is not given.</param>
internal sealed record SecretDefinition(string Name, string What, string DefaultEnvironmentVariable)
{
    /// <summary>The option naming a file that holds the secret.</summary>
    public string FileOption => $"--{Name}-file";

    /// <summary>The option naming the environment variable that holds the secret.</summary>
    public string EnvironmentOption => $"--{Name}-env";

    /// <summary>
    /// Whether <paramref name="optionName"/> (without its dashes) is one of this secret's spellings: <c>NAME</c> (refused,
    /// but typed by mistake with the secret after it), <c>NAME-file</c> or <c>NAME-env</c>; case is ignored.
    /// </summary>
    public bool IsSpelledBy(string optionName)
        => string.Equals(optionName, Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(optionName, Name + "-file", StringComparison.OrdinalIgnoreCase)
            || string.Equals(optionName, Name + "-env", StringComparison.OrdinalIgnoreCase);
}

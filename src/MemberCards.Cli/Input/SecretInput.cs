namespace MemberCards.Cli.Input;

/// <summary>
/// A secret read from a file (<c>--NAME-file</c>) or from an environment variable (<c>--NAME-env</c> names it,
/// with a default), never from the command line itself, so it stays out of shell history and process lists.
/// Neither the secret nor the value given to either option is ever printed: a PEM pasted where a path or a
/// variable name belongs is the secret itself.
/// </summary>
internal sealed class SecretInput : ICommandInput
{
    private readonly SecretDefinition secret;

    public SecretInput(SecretDefinition secret)
    {
        this.secret = secret;
        File = new Option<string?>(secret.FileOption)
        {
            Description = $"A file holding {secret.What}. Takes precedence over the environment variable.",
            HelpName = "path",
        };
        EnvironmentVariable = new Option<string>(secret.EnvironmentOption)
        {
            Description = $"The environment variable holding {secret.What}.",
            HelpName = "name",
            DefaultValueFactory = _ => secret.DefaultEnvironmentVariable,
        };
    }

    public Option<string?> File { get; }

    public Option<string> EnvironmentVariable { get; }

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(EnvironmentVariable);
    }

    /// <summary>Reads the secret; trailing line breaks (an editor's last newline) are not part of it.</summary>
    public string Read(ParseResult parseResult)
    {
        var path = parseResult.GetValue(File);
        if (!string.IsNullOrEmpty(path))
        {
            var fromFile = FileText.ReadSecretText(path, secret.What, File.Name).TrimEnd('\r', '\n');
            return fromFile.Length > 0 ? fromFile : throw new CliInputException($"The file given to {File.Name} for {secret.What} is empty.");
        }

        var variable = parseResult.GetValue(EnvironmentVariable);
        if (string.IsNullOrEmpty(variable))
        {
            throw new CliInputException($"No source for {secret.What}: pass {File.Name} <path> or {EnvironmentVariable.Name} <name>.");
        }

        // A name given on the command line is not printed: it may be the secret, pasted where its variable's name belongs.
        var given = parseResult.GetResult(EnvironmentVariable) is { Implicit: false };
        if (given && !IsVariableName(variable))
        {
            throw new CliInputException($"The value given to {EnvironmentVariable.Name} is not an environment variable name (not shown: it looks like {secret.What} itself). "
                + $"Pass the name of the variable that holds it, or write it to a file and pass {File.Name} <path>.");
        }

        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(value))
        {
            return value.TrimEnd('\r', '\n');
        }

        throw new CliInputException(given
            ? $"Missing {secret.What}: the environment variable named by {EnvironmentVariable.Name} is not set (its name is not shown, in case it is the secret itself); set it, or pass {File.Name} <path>."
            : $"Missing {secret.What}: set the environment variable {variable} or pass {File.Name} <path>.");
    }

    private static bool IsVariableName(string name)
        => name.Length <= 255 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

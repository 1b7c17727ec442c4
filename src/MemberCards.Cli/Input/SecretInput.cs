using System.CommandLine;

namespace MemberCards.Cli.Input;

/// <summary>
/// A secret read from a file (<c>--NAME-file</c>) or from an environment variable (<c>--NAME-env</c> names it,
/// with a default), never from the command line itself, so it stays out of shell history and process lists.
/// The value is never printed.
/// </summary>
internal sealed class SecretInput
{
    private readonly string what;

    public SecretInput(string name, string what, string defaultEnvironmentVariable)
    {
        this.what = what;
        File = new Option<string?>($"--{name}-file")
        {
            Description = $"A file holding {what}. Takes precedence over the environment variable.",
            HelpName = "path",
        };
        EnvironmentVariable = new Option<string>($"--{name}-env")
        {
            Description = $"The environment variable holding {what}.",
            HelpName = "name",
            DefaultValueFactory = _ => defaultEnvironmentVariable,
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
            var fromFile = FileText.ReadAllText(path, what).TrimEnd('\r', '\n');
            return fromFile.Length > 0 ? fromFile : throw new CliInputException($"The file given for {what} is empty: {path}");
        }

        var variable = parseResult.GetValue(EnvironmentVariable);
        if (string.IsNullOrEmpty(variable))
        {
            throw new CliInputException($"No source for {what}: pass {File.Name} <path> or {EnvironmentVariable.Name} <name>.");
        }

        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrEmpty(value)
            ? throw new CliInputException($"Missing {what}: set the environment variable {variable} or pass {File.Name} <path>.")
            : value.TrimEnd('\r', '\n');
    }
}

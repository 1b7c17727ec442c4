namespace MemberCards.Cli.Input;

/// <summary>A value given inline (<c>--NAME</c>) or in a file (<c>--NAME-file</c>); exactly one of the two.</summary>
internal sealed class TextInput : ICommandInput
{
    private readonly string what;
    private readonly bool optional;

    public TextInput(string name, string what, bool optional = false)
    {
        this.what = what;
        this.optional = optional;
        Inline = new Option<string?>($"--{name}") { Description = $"{char.ToUpperInvariant(what[0])}{what[1..]}, given inline.", HelpName = "text" };
        File = new Option<string?>($"--{name}-file") { Description = $"A file holding {what}, byte for byte.", HelpName = "path" };
    }

    public Option<string?> Inline { get; }

    public Option<string?> File { get; }

    public void AddTo(Command command)
    {
        command.Add(Inline);
        command.Add(File);
    }

    /// <summary>The bytes exactly as given (UTF-8 for inline text); <see langword="null"/> when optional and absent.</summary>
    public byte[]? ReadBytes(ParseResult parseResult)
    {
        var inline = parseResult.GetValue(Inline);
        var path = parseResult.GetValue(File);
        if (inline is not null && path is not null)
        {
            throw new CliInputException($"Give {what} once: either {Inline.Name} or {File.Name}, not both.");
        }

        if (inline is not null)
        {
            return Encoding.UTF8.GetBytes(inline);
        }

        if (path is not null)
        {
            return FileText.ReadAllBytes(path, what);
        }

        return optional ? null : throw new CliInputException($"Missing {what}: pass {Inline.Name} <text> or {File.Name} <path>.");
    }

    /// <summary>The text, for values that never contain line breaks: a file's trailing line break is dropped.</summary>
    public string? ReadSingleLine(ParseResult parseResult)
    {
        var bytes = ReadBytes(parseResult);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes).TrimEnd('\r', '\n');
    }
}

namespace MemberCards.Cli.Input;

/// <summary>An input given by one of several options (<see cref="SecretInput"/>, <see cref="TextInput"/>), listed in a command's collection initializer like an option.</summary>
internal interface ICommandInput
{
    /// <summary>Adds the input's options to <paramref name="command"/>, in help order.</summary>
    void AddTo(Command command);
}

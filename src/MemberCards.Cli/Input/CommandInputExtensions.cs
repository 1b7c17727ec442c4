namespace MemberCards.Cli.Input;

/// <summary>Lets a command's collection initializer list an <see cref="ICommandInput"/> where its options go: <c>new Command(...) { key, nonce, body }</c>.</summary>
internal static class CommandInputExtensions
{
    /// <summary>Adds <paramref name="input"/>'s options to <paramref name="command"/>.</summary>
    public static void Add(this Command command, ICommandInput input) => input.AddTo(command);
}

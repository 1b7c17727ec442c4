namespace MemberCards.Sdk;

/// <summary>
/// The "not registered" error of a name that a registration source says it does not know, thrown while the name's
/// options are built (<see cref="MemberCardsSourcedOptionsSetup{TOptions}"/>). It is an
/// <see cref="InvalidOperationException"/> with the same message as <see cref="MemberCardsRegistrations.Require(string, string)"/>;
/// its own type only lets <see cref="MemberCardsSourcedRegistrations{TOptions}"/> remember the answer. That cache
/// catches and drops it for every unknown name a route carries, so the message (a search for the closest of perhaps
/// thousands of registered names) is built only when something reads it.
/// </summary>
internal sealed class MemberCardsNotRegisteredException : InvalidOperationException
{
    private readonly Func<string>? build;
    private string? built;

    /// <summary>Creates the error with a message built when it is first read.</summary>
    /// <param name="message">Builds the message of <see cref="MemberCardsRegistrations.NotRegisteredMessage"/>.</param>
    public MemberCardsNotRegisteredException(Func<string> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        build = message;
    }

    /// <summary>Creates the error.</summary>
    /// <param name="message">The message of <see cref="MemberCardsRegistrations.NotRegisteredMessage"/>.</param>
    public MemberCardsNotRegisteredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error without a message.</summary>
    public MemberCardsNotRegisteredException()
    {
    }

    /// <summary>Creates the error with a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsNotRegisteredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override string Message => build is null ? base.Message : built ??= build();
}

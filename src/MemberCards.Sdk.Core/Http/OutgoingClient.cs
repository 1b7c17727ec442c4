namespace MemberCards.Sdk;

/// <summary>
/// One of a registration's HTTP clients, as <see cref="MemberCardsOutgoing.AddClient{TOptions}"/> composes it:
/// the service's error mapper, its authentication steps, how its options set the client and its policy.
/// </summary>
/// <typeparam name="TOptions">The service's options type (read per registration name).</typeparam>
internal sealed class OutgoingClient<TOptions>
    where TOptions : class
{
    /// <summary>The service name.</summary>
    public required string Service { get; init; }

    /// <summary>The registration name (empty for the default one).</summary>
    public required string Registration { get; init; }

    /// <summary>The client's purpose when the registration has several clients, else <see langword="null"/>.</summary>
    public string? Purpose { get; init; }

    /// <summary>Tells errors from answers, for the shared last step.</summary>
    public required IMemberCardsErrorMapper ErrorMapper { get; init; }

    /// <summary>The registration's retries and time limits, from its current options.</summary>
    public required Func<TOptions, OutgoingPolicy> Policy { get; init; }

    /// <summary>Sets the client from the registration's current options (base address ...), or <see langword="null"/>.</summary>
    public Action<HttpClient, TOptions>? Configure { get; init; }

    /// <summary>The service's authentication steps, outermost first, between the retries and the host's own handlers.</summary>
    public IReadOnlyList<Func<IServiceProvider, DelegatingHandler>> Authentication { get; init; } = [];

    /// <summary>The client name.</summary>
    public string Name => MemberCardsClientName.Of(Service, Registration, Purpose);

    /// <summary>The name of the registration's retry options (shared by its clients).</summary>
    public string RetryOptionsName => MemberCardsClientName.Of(Service, Registration);
}

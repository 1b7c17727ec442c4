namespace MemberCards.Sdk;

/// <summary>
/// Where the SDK's own code gets the <see cref="HttpClient"/> of a client name. A registration added at DI time is a
/// named client of the host's <see cref="IHttpClientFactory"/> (its per-name options, the host's
/// <c>ConfigureHttpClient</c>, its handler lifetime). A registration a source gave at run time
/// (<see cref="MemberCardsSourcedRegistrations{TOptions}"/>) cannot be one: <see cref="IHttpClientFactory"/> reads the
/// options of a name once and <c>RemoveAllLoggers</c> needs a builder per name, both fixed when the collection is built.
/// Its chain is composed here instead, by the same code (<see cref="MemberCardsOutgoing.CreateChain{TOptions}"/>), over
/// the same shared connection pool, and kept until the source's entry is replaced or removed. The pool's connections
/// are renewed every <see cref="MemberCardsConnectionPools.ConnectionLifetime"/>, so the chain needs no handler lifetime of
/// its own.
/// </summary>
/// <param name="services">The service provider (the chains resolve their steps from it).</param>
/// <param name="factory">The host's factory, for every name that is not sourced.</param>
internal sealed class MemberCardsHttpClientFactory(IServiceProvider services, IHttpClientFactory factory) : IHttpClientFactory
{
    private readonly ConcurrentDictionary<string, SourcedClient> sourced = new(StringComparer.Ordinal);

    /// <summary>The client of <paramref name="name"/>: over the sourced chain when a source gave it, else from the host's factory.</summary>
    /// <param name="name">The client name.</param>
    /// <returns>A new client (cheap; the chain is shared and not disposed with it).</returns>
    public HttpClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!sourced.TryGetValue(name, out var client))
        {
            return factory.CreateClient(name);
        }

        var http = new HttpClient(client.Chain.Value, disposeHandler: false);
        client.Configure(http);
        return http;
    }

    /// <summary>
    /// Makes <paramref name="client"/> a sourced client with a new chain, built on first use (after new options from the
    /// source, which the chain's steps read when they are built).
    /// </summary>
    /// <typeparam name="TOptions">The service's options type.</typeparam>
    /// <param name="client">The client.</param>
    public void Put<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(OutgoingClient<TOptions> client)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(client);
        sourced[client.Name] = new SourcedClient(
            new Lazy<HttpMessageHandler>(() => MemberCardsOutgoing.CreateChain(services, client)),
            http => MemberCardsOutgoing.ConfigureClient(services, client, http));
    }

    /// <summary>
    /// Forgets a sourced client. Its chain is not disposed: requests in flight finish on it, and it holds no
    /// connection of its own (the pool is shared), so the garbage collector reclaims it.
    /// </summary>
    /// <param name="name">The client name.</param>
    public void Remove(string name) => sourced.TryRemove(name, out _);

    /// <summary>Whether <paramref name="name"/> is a sourced client now.</summary>
    /// <param name="name">The client name.</param>
    /// <returns><see langword="true"/> when a source gave it.</returns>
    public bool IsSourced(string name) => sourced.ContainsKey(name);

    private sealed record SourcedClient(Lazy<HttpMessageHandler> Chain, Action<HttpClient> Configure);
}

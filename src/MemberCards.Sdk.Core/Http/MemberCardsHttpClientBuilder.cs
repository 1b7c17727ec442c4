namespace MemberCards.Sdk;

/// <summary>
/// The <see cref="IHttpClientBuilder"/> of one SDK client: its name over the service collection, nothing else. The
/// standard verbs (<c>ConfigureHttpClient</c>, <c>AddHttpMessageHandler</c>, <c>ConfigurePrimaryHttpMessageHandler</c>,
/// <c>SetHandlerLifetime</c> ...) only add <c>IConfigureOptions&lt;HttpClientFactoryOptions&gt;</c> entries for the
/// name, so a client costs a constant number of descriptors. <c>IServiceCollection.AddHttpClient(name)</c> would also
/// search the whole collection once per client, which makes registering N merchants cost N² (issue 23); the
/// factory's own services are added once per collection instead (<see cref="MemberCardsOutgoing"/>).
/// </summary>
/// <param name="name">The client name.</param>
/// <param name="services">The service collection.</param>
internal sealed class MemberCardsHttpClientBuilder(string name, IServiceCollection services) : IHttpClientBuilder
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public IServiceCollection Services => services;
}

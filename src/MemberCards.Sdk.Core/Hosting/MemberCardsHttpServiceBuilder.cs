using Microsoft.Extensions.Http.Resilience;

namespace MemberCards.Sdk;

/// <summary>
/// The builder of one registration of a service that calls out over HTTP (WeChat, WeChat Pay, an ERP): besides its
/// options, it holds the registration's HTTP clients, which <see cref="ConfigureHttpClient"/> reaches, the
/// same for every such service (WeChat and WeChat Pay also tune their GET retries with <c>ConfigureRetry</c>).
/// </summary>
/// <typeparam name="TSelf">The service's builder type.</typeparam>
/// <typeparam name="TOptions">The service's options type.</typeparam>
public abstract class MemberCardsHttpServiceBuilder<TSelf, TOptions> : MemberCardsServiceBuilder<TSelf, TOptions>
    where TSelf : MemberCardsHttpServiceBuilder<TSelf, TOptions>
    where TOptions : class
{
    private readonly IReadOnlyList<IHttpClientBuilder> httpClients;

    /// <summary>Creates the builder of one registration and its HTTP clients.</summary>
    /// <param name="parent">The MemberCards builder it was added to.</param>
    /// <param name="service">The service's configuration key.</param>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <param name="httpClients">The registration's HTTP clients.</param>
    private protected MemberCardsHttpServiceBuilder(IMemberCardsBuilder parent, string service, string name, IReadOnlyList<IHttpClientBuilder> httpClients)
        : base(parent, service, name)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        this.httpClients = httpClients;
    }

    /// <summary>
    /// Configures the registration's <see cref="HttpClient"/>s with the standard <see cref="IHttpClientBuilder"/> verbs
    /// (a primary handler, a proxy, default headers, more handlers), once per client: WeChat has two (the card API and
    /// the access_token client), WeChat Pay and an ERP one. Handlers added here run after the service's own steps
    /// (access_token, signing and verification) and before the SDK's last step (telemetry and error mapping), which
    /// stays innermost; an ERP's authentication handler goes here.
    /// </summary>
    /// <param name="configure">Called once for each HTTP client of the registration.</param>
    /// <returns>This builder.</returns>
    public TSelf ConfigureHttpClient(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        foreach (var httpClient in httpClients)
        {
            configure(httpClient);
        }

        return (TSelf)this;
    }

    /// <summary>Sets the retry options the registration's clients share (see <see cref="OutgoingClient{TOptions}.RetryOptionsName"/>), for a service whose GETs are retried.</summary>
    /// <param name="configure">Sets the retry options.</param>
    /// <returns>This builder.</returns>
    private protected TSelf ConfigureRetries(Action<HttpRetryStrategyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(MemberCardsClientName.Of(Service, Name), configure);
        return (TSelf)this;
    }
}

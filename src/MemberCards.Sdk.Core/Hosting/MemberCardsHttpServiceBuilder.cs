using Microsoft.Extensions.Http.Resilience;

namespace MemberCards.Sdk;

/// <summary>
/// The builder of one registration of a service that calls out over HTTP (WeChat, WeChat Pay, an ERP): besides its
/// options, it holds the registration's HTTP clients, which its service's <c>ConfigureHttpClient</c> and
/// <c>ConfigureRetry</c> reach.
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

    /// <summary>Calls <paramref name="configure"/> once for each HTTP client of the registration.</summary>
    /// <param name="configure">Configures a client builder.</param>
    /// <returns>This builder.</returns>
    private protected TSelf ConfigureHttpClients(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        foreach (var httpClient in httpClients)
        {
            configure(httpClient);
        }

        return (TSelf)this;
    }

    /// <summary>Sets the retry options the registration's clients share (see <see cref="OutgoingClient{TOptions}.RetryOptionsName"/>).</summary>
    /// <param name="configure">Sets the retry options.</param>
    /// <returns>This builder.</returns>
    private protected TSelf ConfigureRetries(Action<HttpRetryStrategyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(MemberCardsClientName.Of(Service, Name), configure);
        return (TSelf)this;
    }
}

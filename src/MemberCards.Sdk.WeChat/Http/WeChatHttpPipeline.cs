using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// A registration's two HTTP clients on Core's one outgoing pipeline (<see cref="MemberCardsOutgoing"/>): the token
/// client, and the card API client whose authentication step adds the access_token and renews it once
/// (<see cref="WeChatAccessTokenHandler"/>). Both retry GETs twice by default (200 ms, exponential, jitter) and time
/// each attempt out after <see cref="WeChatCardsOptions.Timeout"/>.
/// </summary>
internal static class WeChatHttpPipeline
{
    /// <summary>How often a GET is retried (after the first attempt) unless <c>ConfigureRetry</c> says otherwise.</summary>
    internal const int MaxRetryAttempts = 2;

    /// <summary>The base delay of the exponential, jittered back-off between GET attempts.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Registers the card API client and the token client of <paramref name="name"/> (once per name).</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The two client builders (card API, token), for <c>ConfigureHttpClient</c>.</returns>
    public static (IHttpClientBuilder Api, IHttpClientBuilder Token) Add(IServiceCollection services, string name)
    {
        var (api, token) = Clients(name);
        var tokenClient = MemberCardsOutgoing.AddClient(services, token);
        return (MemberCardsOutgoing.AddClient(services, api), tokenClient);
    }

    /// <summary>The card API client and the token client of <paramref name="name"/> (registered, or given by a registration source).</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The two clients.</returns>
    public static (OutgoingClient<WeChatCardsOptions> Api, OutgoingClient<WeChatCardsOptions> Token) Clients(string name)
        => (Client(name, WeChatConstants.ApiClientPurpose, [sp => new WeChatAccessTokenHandler(sp.GetRequiredService<WeChatClientFactory>().Provider(name), name)]),
            Client(name, WeChatConstants.TokenClientPurpose, []));

    private static OutgoingClient<WeChatCardsOptions> Client(string name, string purpose, IReadOnlyList<Func<IServiceProvider, DelegatingHandler>> authentication) => new()
    {
        Service = WeChatConstants.ServiceName,
        Registration = name,
        Purpose = purpose,
        ErrorMapper = purpose == WeChatConstants.TokenClientPurpose ? WeChatErrorMapper.TokenRequests : WeChatErrorMapper.Instance,
        Policy = static options => new OutgoingPolicy(
            MaxRetryAttempts,
            RetryDelay,
            options.Timeout,

            // Each attempt times out after Timeout; this bounds all attempts together.
            options.Timeout * (MaxRetryAttempts + 1) + TimeSpan.FromSeconds(5)),
        Configure = static (http, options) =>
        {
            var address = options.BaseAddress.OriginalString;
            http.BaseAddress = address.EndsWith('/') ? options.BaseAddress : new Uri(address + "/");
        },
        Authentication = authentication,
    };
}

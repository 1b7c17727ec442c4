using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A merchant's HTTP client on Core's one outgoing pipeline (<see cref="MemberCardsOutgoing"/>): its authentication
/// steps sign each attempt anew (<see cref="WeChatPaySigningHandler"/>) and verify each answer
/// (<see cref="WeChatPayVerificationHandler"/>); GETs are retried <see cref="WeChatPayOptions.MaxRetries"/> times, going
/// to <see cref="WeChatPayOptions.BackupBaseAddress"/> after a network error when one is set.
/// </summary>
internal static class WeChatPayHttpClient
{
    /// <summary>The client name of merchant <paramref name="name"/>.</summary>
    /// <param name="name">The registration name (empty for the default merchant).</param>
    /// <returns>The client name.</returns>
    public static string Name(string name) => MemberCardsClientName.Of(WeChatPayConstants.ServiceName, name);

    /// <summary>The client of merchant <paramref name="name"/>.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The client.</returns>
    public static OutgoingClient<WeChatPayOptions> Of(string name) => new()
    {
        Service = WeChatPayConstants.ServiceName,
        Registration = name,
        ErrorMapper = WeChatPayErrorMapper.Instance,
        Policy = static options => new OutgoingPolicy(options.MaxRetries, options.RetryDelay, options.AttemptTimeout, options.Timeout, options.BackupBaseAddress),
        Configure = static (http, options) =>
        {
            var address = options.BaseAddress.AbsoluteUri;
            http.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        },
        Authentication =
        [
            sp => new WeChatPaySigningHandler(sp.GetRequiredService<WeChatPayMerchantRegistry>().Get(name), sp.GetRequiredService<TimeProvider>()),
            sp => new WeChatPayVerificationHandler(sp.GetRequiredService<WeChatPayMerchantRegistry>().Get(name)),
        ],
    };
}

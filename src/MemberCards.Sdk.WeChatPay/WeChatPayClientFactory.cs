using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The default <see cref="IWeChatPayClientFactory"/>: a registered merchant, or one the registration source knows
/// (<c>AddWeChatPaySource</c>, asked through its cache when <paramref name="sourced"/> is set).
/// </summary>
internal sealed class WeChatPayClientFactory(MemberCardsHttpClientFactory httpClientFactory, WeChatPayMerchantRegistry registry, MemberCardsRegistrations registrations, OutgoingClientRegistry clients, IOptionsMonitor<WeChatPayOptions> options, MemberCardsSourcedRegistrations<WeChatPayOptions>? sourced = null) : IWeChatPayClientFactory
{
    public IWeChatPayBrandCardClient Create(string name)
    {
        var http = HttpClientOf(name);
        return new WeChatPayBrandCardClient(RestService.ForGenerated<IWeChatPayApi>(http, WeChatPayRefit.Settings), RestService.ForGenerated<IWeChatPayBrandApi>(http, WeChatPayRefit.Settings), registry.Get(name));
    }

    public TApi CreateApi<TApi>(string name)
        where TApi : class
    {
        var http = HttpClientOf(name);
        return RestService.ForGenerated<TApi>(http, clients.ApiSettings(WeChatPayConstants.ServiceName, name, typeof(TApi), nameof(WeChatPayBuilderExtensions.AddWeChatPay)));
    }

    private HttpClient HttpClientOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatPayConstants.ServiceName, name, sourced);

        // The first use of a name validates its options (not the host start), so an invalid merchant fails here, naming the setting.
        _ = options.Get(name);
        return httpClientFactory.CreateClient(WeChatPayHttpClient.Name(name));
    }
}

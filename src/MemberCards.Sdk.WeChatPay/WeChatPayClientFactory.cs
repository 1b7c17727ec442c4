using System.Text.Json.Serialization.Metadata;
using Refit;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The default <see cref="IWeChatPayClientFactory"/>.</summary>
internal sealed class WeChatPayClientFactory(IHttpClientFactory httpClientFactory, WeChatPayMerchantRegistry registry, MemberCardsRegistrations registrations) : IWeChatPayClientFactory
{
    public IWeChatPayBrandCardClient Create(string name)
    {
        var http = HttpClientOf(name);
        return new WeChatPayBrandCardClient(RestService.ForGenerated<IWeChatPayApi>(http, WeChatPayRefit.Settings), registry.Get(name));
    }

    public TApi CreateApi<TApi>(string name, IJsonTypeInfoResolver? jsonTypeInfoResolver = null)
        where TApi : class
        => RestService.ForGenerated<TApi>(HttpClientOf(name), WeChatPayRefit.For(jsonTypeInfoResolver));

    private HttpClient HttpClientOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatPayConstants.ServiceName, name);
        return httpClientFactory.CreateClient(WeChatPayMerchantRegistry.HttpClientName(name));
    }
}

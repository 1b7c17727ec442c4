namespace MemberCards.Sdk.WeChatPay;

/// <summary>The default <see cref="IWeChatPayClientFactory"/>.</summary>
internal sealed class WeChatPayClientFactory(IHttpClientFactory httpClientFactory, WeChatPayMerchantRegistry registry, WeChatPayRegisteredNames names, IMessageDeduplicationStore deduplication) : IWeChatPayClientFactory
{
    public IWeChatPayBrandCardClient Create(string name)
    {
        Check(name);
        return new WeChatPayBrandCardClient(httpClientFactory.CreateClient(WeChatPayMerchantRegistry.HttpClientName(name)), registry.Get(name));
    }

    public IWeChatPayNotificationHandler CreateNotificationHandler(string name)
    {
        Check(name);
        return new WeChatPayNotificationHandler(registry.Get(name), deduplication);
    }

    private void Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!names.Contains(name))
        {
            throw new ArgumentException($"No WeChat Pay merchant is registered under the name '{name}'. Call AddWeChatPay(\"{name}\", ...) first.", nameof(name));
        }
    }
}

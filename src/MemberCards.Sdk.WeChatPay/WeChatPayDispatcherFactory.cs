using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The default <see cref="IWeChatPayDispatcherFactory"/>.</summary>
internal sealed class WeChatPayDispatcherFactory(WeChatPayMerchantRegistry registry, MemberCardsRegistrations registrations, IMessageDeduplicationStore deduplication, IServiceScopeFactory scopes) : IWeChatPayDispatcherFactory
{
    public IWeChatPayDispatcher Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        registrations.Require(WeChatPayConstants.ServiceName, name);
        var merchant = registry.Get(name);
        if (merchant.Keys.ApiV3Key.IsEmpty)
        {
            throw new InvalidOperationException($"{MemberCardsSettingName.Of(WeChatPayConstants.ServiceName, name, "ApiV3Key")} is not set: it is needed to decrypt notifications.");
        }

        return new WeChatPayDispatcher(merchant, deduplication, scopes);
    }
}

namespace MemberCards.Sdk.WeChat;

/// <summary>Named WeChat clients, one per configured Official Account, for hosts serving many AppIds.</summary>
public interface IWeChatClientFactory
{
    /// <summary>A card client for the named account (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the default).</summary>
    /// <param name="name">The name given to <c>AddWeChatCards(name, ...)</c>.</param>
    /// <returns>A client; cheap to create, do not keep it in a singleton.</returns>
    IWeChatCardClient Create(string name);

    /// <summary>The access_token provider of the named account (one per name, shared by all its clients).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The provider.</returns>
    IWeChatAccessTokenProvider GetAccessTokenProvider(string name);

    /// <summary>The event-push processor of the named account.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The processor.</returns>
    IWeChatEventProcessor GetEventProcessor(string name);
}

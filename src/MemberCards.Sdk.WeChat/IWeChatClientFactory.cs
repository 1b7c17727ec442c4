namespace MemberCards.Sdk.WeChat;

/// <summary>Named WeChat clients, one per registered Official Account, for hosts serving many AppIds.</summary>
public interface IWeChatClientFactory
{
    /// <summary>A card client for a registration (empty for the default one).</summary>
    /// <param name="name">The name given to <c>AddWeChatCards(name)</c>.</param>
    /// <returns>A client; cheap to create, do not keep it in a singleton.</returns>
    /// <exception cref="InvalidOperationException">No registration of that name (the message lists the registered ones).</exception>
    IWeChatCardClient Create(string name);

    /// <summary>
    /// Your own Refit interface, added with <c>AddWeChatCards(name).AddApi&lt;TApi&gt;(jsonTypeInfo)</c>, over a
    /// registration's pipeline (access_token and its one renewal, errcode mapping, telemetry, GET-only retries), for an
    /// endpoint the SDK does not model. Declare its paths without <c>access_token</c>; errors surface as the SDK's
    /// exceptions, never as Refit's.
    /// </summary>
    /// <typeparam name="TApi">A Refit interface whose client Refit generated at build time.</typeparam>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns>A client; cheap to create, do not keep it in a singleton.</returns>
    /// <exception cref="InvalidOperationException">No registration of that name, or <typeparamref name="TApi"/> was not added to it.</exception>
    TApi CreateApi<TApi>(string name)
        where TApi : class;

    /// <summary>The access_token provider of a registration (one per AppId, shared by all its clients).</summary>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns>The provider.</returns>
    /// <exception cref="InvalidOperationException">No registration of that name.</exception>
    IWeChatAccessTokenProvider GetAccessTokenProvider(string name);

    /// <summary>The JS-SDK ticket provider of a registration (one per AppId, shared by all its names).</summary>
    /// <param name="name">The registration name (empty for the default one).</param>
    /// <returns>The provider.</returns>
    /// <exception cref="InvalidOperationException">No registration of that name.</exception>
    IWeChatTicketProvider GetTicketProvider(string name);
}

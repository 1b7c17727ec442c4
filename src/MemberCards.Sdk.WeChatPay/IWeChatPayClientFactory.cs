namespace MemberCards.Sdk.WeChatPay;

/// <summary>Clients of the registered merchants (<c>AddWeChatPay(name, ...)</c>), for hosts serving several.</summary>
public interface IWeChatPayClientFactory
{
    /// <summary>Creates the brand member-card client of a registered merchant. Cheap: create one per use, do not cache it in a singleton.</summary>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default merchant.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No merchant is registered under <paramref name="name"/>.</exception>
    IWeChatPayBrandCardClient Create(string name);

    /// <summary>
    /// Creates your own Refit interface (declared with Refit's attributes, implemented by Refit's build-time
    /// generator in your project; added with <c>AddWeChatPay(name).AddApi&lt;TApi&gt;(jsonTypeInfoResolver)</c>) over
    /// the merchant's pipeline: GET-only retries, APIv3 signing, answer
    /// verification, error mapping to <see cref="WeChatPayApiException"/> and telemetry. Use it for WeChat Pay
    /// endpoints the SDK does not model. Sensitive fields are yours to encrypt: set <c>Wechatpay-Serial</c> with a
    /// <c>[Header]</c> parameter (the signing handler adds the current one when the request has none).
    /// </summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default merchant.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No merchant is registered under <paramref name="name"/>, or <typeparamref name="TApi"/> was not added to it.</exception>
    TApi CreateApi<TApi>(string name)
        where TApi : class;
}

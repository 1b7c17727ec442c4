namespace MemberCards.Sdk.WeChatPay;

/// <summary>Clients for named merchants, for hosts serving several (<c>AddWeChatPay("name", ...)</c>).</summary>
public interface IWeChatPayClientFactory
{
    /// <summary>Creates the brand member-card client of a named merchant. Cheap: create one per use, do not cache it in a singleton.</summary>
    /// <param name="name">The name given to <c>AddWeChatPay(name, ...)</c>; <see cref="string.Empty"/> for the default merchant.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">No merchant was registered under <paramref name="name"/>.</exception>
    IWeChatPayBrandCardClient Create(string name);

    /// <summary>Creates the notification handler of a named merchant.</summary>
    /// <param name="name">The name given to <c>AddWeChatPay(name, ...)</c>; <see cref="string.Empty"/> for the default merchant.</param>
    /// <returns>The handler.</returns>
    /// <exception cref="ArgumentException">No merchant was registered under <paramref name="name"/>.</exception>
    IWeChatPayNotificationHandler CreateNotificationHandler(string name);
}

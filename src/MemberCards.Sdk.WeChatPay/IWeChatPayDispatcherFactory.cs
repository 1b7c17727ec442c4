namespace MemberCards.Sdk.WeChatPay;

/// <summary>The notification dispatchers of the registered merchants (<c>AddWeChatPay(name, ...)</c>).</summary>
public interface IWeChatPayDispatcherFactory
{
    /// <summary>Creates the dispatcher of a registered merchant. Cheap: create one per use.</summary>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default merchant.</param>
    /// <returns>The dispatcher.</returns>
    /// <exception cref="InvalidOperationException">No merchant is registered under <paramref name="name"/>, or it has no <see cref="WeChatPayOptions.ApiV3Key"/> (needed to decrypt notifications).</exception>
    IWeChatPayDispatcher Create(string name);
}

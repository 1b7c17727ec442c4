namespace MemberCards.Sdk.WeChat;

/// <summary>The event-push dispatchers of every WeChat registration.</summary>
public interface IWeChatDispatcherFactory
{
    /// <summary>The dispatcher of a registration (empty for the default one).</summary>
    /// <param name="name">The name given to <c>AddWeChatCards(name)</c>.</param>
    /// <returns>The dispatcher.</returns>
    /// <exception cref="InvalidOperationException">No registration of that name (the message lists the registered ones).</exception>
    IWeChatDispatcher Create(string name);
}

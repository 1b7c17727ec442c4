namespace MemberCards.Sdk.Youzan;

/// <summary>The dispatcher of any registered Youzan app (<c>AddYouzan(name)</c>), for hosts that receive pushes for several apps.</summary>
public interface IYouzanDispatcherFactory
{
    /// <summary>The dispatcher of the app registered with <c>AddYouzan(name)</c>; one per name, kept.</summary>
    /// <param name="name">The registration name (empty for the default app).</param>
    /// <returns>The dispatcher.</returns>
    /// <exception cref="InvalidOperationException">No app is registered under that name (the message lists the registered ones).</exception>
    IYouzanDispatcher Create(string name);
}

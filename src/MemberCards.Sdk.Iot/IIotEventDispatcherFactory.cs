namespace MemberCards.Sdk.Iot;

/// <summary>Dispatchers by registration name, for hosts that register several <c>AddIotEvents(name)</c> registrations.</summary>
public interface IIotEventDispatcherFactory
{
    /// <summary>The dispatcher of a registration.</summary>
    /// <param name="name">The name given to <c>AddIotEvents(name)</c> (empty for the default one).</param>
    /// <returns>The dispatcher.</returns>
    /// <exception cref="InvalidOperationException">No registration of that name exists (the message names the registered ones).</exception>
    IIotEventDispatcher Create(string name);
}

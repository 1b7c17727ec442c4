namespace MemberCards.Sdk.Iot;

/// <summary>Dispatchers by options name, for hosts that register several <c>AddIotEvents(name, ...)</c> configurations.</summary>
public interface IIotEventDispatcherFactory
{
    /// <summary>The dispatcher of a named configuration.</summary>
    /// <param name="name">The name given to <c>AddIotEvents(name, ...)</c> (empty for the default one).</param>
    /// <returns>The dispatcher.</returns>
    /// <exception cref="ArgumentException">No configuration of that name is registered.</exception>
    IIotEventDispatcher Create(string name);
}

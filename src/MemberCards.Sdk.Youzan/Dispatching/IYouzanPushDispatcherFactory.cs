namespace MemberCards.Sdk.Youzan;

/// <summary>Dispatchers for named Youzan apps, for hosts that receive pushes for several apps.</summary>
public interface IYouzanPushDispatcherFactory
{
    /// <summary>The dispatcher of the app registered with <c>AddYouzan(name, ...)</c>.</summary>
    /// <param name="name">The options name (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the default app).</param>
    /// <returns>The dispatcher.</returns>
    IYouzanPushDispatcher Create(string name);
}

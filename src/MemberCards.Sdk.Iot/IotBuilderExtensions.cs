using MemberCards.Sdk.Iot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Adds the IoT customer/company event dispatcher to the MemberCards builder.</summary>
public static class IotBuilderExtensions
{
    private static readonly MemberCardsServiceRegistration<IotOptions, IotOptionsValidator> Registration = new()
    {
        Service = IotConstants.ServiceName,
        AddShared = static services => services.TryAddSingleton<IIotDispatcherFactory, IotDispatcherFactory>(),

        // Only the default registration is resolvable as IIotDispatcher; named ones come from the factory.
        AddDefault = static services => services.TryAddSingleton(static sp => sp.GetRequiredService<IIotDispatcherFactory>().Create(string.Empty)),
    };

    /// <summary>
    /// Adds an IoT events registration: the default one (<see cref="IIotDispatcher"/>, bound to <c>MemberCards:Iot</c>
    /// when <c>AddMemberCards(configuration)</c> was given one) or a named one (from <see cref="IIotDispatcherFactory"/>;
    /// set it with <c>.Configure(...)</c> or <c>.Bind(section)</c>). Calling it again for the same name returns a builder
    /// of the same registration.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The registration name; <see langword="null"/> or empty for the default one.</param>
    /// <returns>The registration's builder.</returns>
    public static IotEventsBuilder AddIotEvents(this IMemberCardsBuilder builder, string? name = null)
        => Registration.Add(builder, name, n => new IotEventsBuilder(builder, n));
}

using MemberCards.Sdk.Iot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Adds the IoT customer/company event dispatcher to the MemberCards builder.</summary>
public static class IotBuilderExtensions
{
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
    {
        ArgumentNullException.ThrowIfNull(builder);
        name ??= string.Empty;
        var iot = new IotEventsBuilder(builder, name);
        if (!builder.Registrations.Add(IotConstants.ServiceName, name))
        {
            return iot;
        }

        var services = builder.Services;
        if (builder.Registrations.FirstTime(typeof(IotBuilderExtensions)))
        {
            services.TryAddSingleton<IIotDispatcherFactory, IotDispatcherFactory>();
        }

        if (name.Length == 0)
        {
            // Only the default registration is resolvable as IIotDispatcher; named ones come from the factory.
            services.TryAddSingleton(static sp => sp.GetRequiredService<IIotDispatcherFactory>().Create(string.Empty));
        }

        builder.AddMemberCardsOptions<IotOptions, IotOptionsValidator>(name);
        if (name.Length == 0 && builder.GetServiceSection(IotConstants.ServiceName) is { } section)
        {
            iot.Bind(section);
        }

        return iot;
    }
}
